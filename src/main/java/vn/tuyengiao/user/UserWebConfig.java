package vn.tuyengiao.user;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class UserWebConfig implements WebMvcConfigurer {

	private final UserService users;

	UserWebConfig(UserService users) {
		this.users = users;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ScopeArgumentResolver(this.users));
	}

}
