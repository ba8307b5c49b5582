package vn.tuyengiao.user.internal;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.user.UserService;

/**
 * Gives every controller method that asks for a {@link Scope} the signed-in user's scope.
 */
public class ScopeArgumentResolver implements HandlerMethodArgumentResolver {

	private static final String ATTR = ScopeArgumentResolver.class.getName();

	private final UserService users;

	public ScopeArgumentResolver(UserService users) {
		this.users = users;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Scope.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		Object cached = request.getAttribute(ATTR, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof Scope s) {
			return s;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			throw AppException.forbidden();
		}
		Scope scope = this.users.scopeOf(auth.getName());
		request.setAttribute(ATTR, scope, RequestAttributes.SCOPE_REQUEST);
		return scope;
	}

}
