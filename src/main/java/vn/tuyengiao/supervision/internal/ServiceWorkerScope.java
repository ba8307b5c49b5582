package vn.tuyengiao.supervision.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The offline visit's service worker lives with the other scripts under /js/ (public, so
 * its update check works even when the session has expired). It needs the whole site as
 * its scope, though it keeps only the offline supervision pages: it must see the login
 * and logout form posts to forget the page shells of the officer who used the phone
 * before. This header allows that scope.
 */
@Component
class ServiceWorkerScope extends OncePerRequestFilter {

	static final String SCRIPT = "/js/supervision-sw.js";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(request.getContextPath() + SCRIPT).equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Service-Worker-Allowed", request.getContextPath() + "/");
		chain.doFilter(request, response);
	}

}
