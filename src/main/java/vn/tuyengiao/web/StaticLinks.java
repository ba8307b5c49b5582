package vn.tuyengiao.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Version-less webjar links ({@code @{/webjars/bootstrap/css/bootstrap.min.css}}) are
 * resolved by Spring's {@link ResourceUrlEncodingFilter}, which Boot registers because
 * the webjars locator is present. That filter looks every link a page writes up among the
 * static resources, and a page link (/reporting/obligations/5) is not one: the lookup
 * misses, is not cached, and searches the class path's jars each time. On a request's
 * page with a hundred units that was three quarters of the rendering time
 * (docs/benchmarks.md, issue 15). This registration replaces Boot's: links under the
 * static folders are resolved as before, the others are written as they are.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

	/** The folders of src/main/resources/static and the webjars. */
	private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/img/");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticOnlyFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	static boolean isStatic(String url, String contextPath) {
		String path = !contextPath.isEmpty() && url.startsWith(contextPath) ? url.substring(contextPath.length()) : url;
		for (String folder : STATIC) {
			if (path.startsWith(folder)) {
				return true;
			}
		}
		return false;
	}

	/** Spring's filter, consulted for links under the static folders only. */
	static final class StaticOnlyFilter extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse plain)) {
				chain.doFilter(request, response);
				return;
			}
			super.doFilter(request, response, (wrappedRequest, wrappedResponse) -> chain.doFilter(wrappedRequest,
					new StaticOnly(plain, (HttpServletResponse) wrappedResponse, req.getContextPath())));
		}

	}

	private static final class StaticOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		private final String contextPath;

		StaticOnly(HttpServletResponse plain, HttpServletResponse resolving, String contextPath) {
			super(resolving);
			this.plain = plain;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return isStatic(url, this.contextPath) ? super.encodeURL(url) : this.plain.encodeURL(url);
		}

	}

}
