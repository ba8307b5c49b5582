package vn.tuyengiao.user;

import java.io.IOException;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Where a sign-in with a second factor is held until its code is given. */
final class SecondFactorFilters {

	private SecondFactorFilters() {
	}

	private static boolean asset(String path) {
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.equals("/favicon.ico") || path.startsWith("/logout");
	}

	/**
	 * After the password, every page leads to the code form until the code is right; and
	 * an account whose role requires a second factor it has not set up is led to the
	 * set-up page (changing a generated password first is still allowed).
	 */
	static final class CodeDue extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = req.getSession(false);
			String path = req.getRequestURI().substring(req.getContextPath().length());
			if (session != null && !asset(path)) {
				if (session.getAttribute(SecondFactor.CODE_DUE_ATTR) != null && !path.startsWith("/login/code")) {
					res.sendRedirect(req.getContextPath() + "/login/code");
					return;
				}
				if (session.getAttribute(SecondFactor.CODE_DUE_ATTR) == null
						&& session.getAttribute(SecondFactor.ENROL_DUE_ATTR) != null
						&& !path.startsWith("/account/second-factor") && !path.startsWith("/account/password")) {
					res.sendRedirect(req.getContextPath() + "/account/second-factor");
					return;
				}
			}
			chain.doFilter(req, res);
		}

	}

	/**
	 * The API with the password alone would skip the code: an account with a second
	 * factor uses a personal token there.
	 */
	static final class BasicRefused extends OncePerRequestFilter {

		private final Predicate<String> hasSecondFactor;

		private final SecurityConfig.ApiProblems problems;

		BasicRefused(Predicate<String> hasSecondFactor, SecurityConfig.ApiProblems problems) {
			this.hasSecondFactor = hasSecondFactor;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
				throws ServletException, IOException {
			String header = req.getHeader("Authorization");
			var auth = SecurityContextHolder.getContext().getAuthentication();
			if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && auth != null
					&& auth.isAuthenticated() && this.hasSecondFactor.test(auth.getName())) {
				this.problems.write(req, res, HttpStatus.FORBIDDEN, "auth.secondFactorUseToken");
				return;
			}
			chain.doFilter(req, res);
		}

	}

}
