package vn.tuyengiao.user.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tuyengiao.user.UserService;

@Configuration
public class UserWebConfig implements WebMvcConfigurer {

	private final UserService users;

	public UserWebConfig(UserService users) {
		this.users = users;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ScopeArgumentResolver(this.users));
	}

}
