package vn.tuyengiao.user;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;


/**
 * Two chains: the REST API (stateless, HTTP Basic or a personal token, no CSRF since no cookies) and the
 * web UI (form login, CSRF, session timeout). Both share accounts, lockout and scope.
 */
@Configuration
class SecurityConfig {

	static final String MUST_CHANGE_PASSWORD = UserService.MUST_CHANGE_PASSWORD_ATTR;

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'; object-src 'none'";

	private final UserService users;

	SecurityConfig(UserService users) {
		this.users = users;
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	UserDetailsService userDetailsService(AppUserRepository accounts) {
		return username -> {
			AppUser u = accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
				.orElseThrow(() -> new UsernameNotFoundException(username));
			return User.withUsername(u.getUsername())
				.password(u.getPasswordHash())
				.authorities(new SimpleGrantedAuthority("ROLE_" + u.getRole().name()))
				.accountLocked(this.users.isLocked(u))
				.disabled(!u.isEnabled())
				.build();
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> problem(res, messages, ex)))
			.exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> problem(res, messages, ex)))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.addFilterBefore(new BearerTokenFilter(this.users), BasicAuthenticationFilter.class)
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(f -> f.loginPage("/login").permitAll().successHandler((req, res, auth) -> {
				HttpSession session = req.getSession();
				if (mustChange(auth.getName())) {
					session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
					res.sendRedirect(req.getContextPath() + "/account/password");
					return;
				}
				success.onAuthenticationSuccess(req, res, auth);
			}).failureHandler(failureHandler()))
			.logout(l -> l.logoutSuccessUrl("/login?logout"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterAfter(new MustChangePasswordFilter(), BasicAuthenticationFilter.class)
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(f -> f.deny()));
		return http.build();
	}

	private boolean mustChange(String username) {
		return this.users.find(username).map(AppUser::isMustChangePassword).orElse(false);
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (req, res, ex) -> res.sendRedirect(req.getContextPath()
				+ (ex instanceof LockedException ? "/login?locked" : "/login?error"));
	}

	private static void problem(HttpServletResponse res, MessageSource messages, AuthenticationException ex)
			throws IOException {
		String key = ex instanceof LockedException ? "auth.locked" : "auth.required";
		String detail = messages.getMessage(key, null, new java.util.Locale("vi"));
		res.setStatus(HttpStatus.UNAUTHORIZED.value());
		res.setHeader("WWW-Authenticate", "Basic realm=\"TuyenGiao\"");
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
				+ detail.replace("\"", "'") + "\"}");
	}

	/** Authorization: Bearer tg_… for scripts. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final UserService users;

		BearerTokenFilter(UserService users) {
			this.users = users;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
				throws ServletException, IOException {
			String header = req.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				this.users.authenticateToken(header.substring(7).strip()).ifPresent(u -> {
					var auth = UsernamePasswordAuthenticationToken.authenticated(u.getUsername(), null,
							java.util.List.of(new SimpleGrantedAuthority("ROLE_" + u.getRole().name())));
					SecurityContextHolder.getContext().setAuthentication(auth);
				});
			}
			chain.doFilter(req, res);
		}

	}

	/** Until a generated or reset password is changed, every page leads to the change form. */
	static final class MustChangePasswordFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = req.getSession(false);
			String path = req.getRequestURI().substring(req.getContextPath().length());
			if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD))
					&& !path.startsWith("/account/password") && !path.startsWith("/logout")
					&& !path.startsWith("/webjars/") && !path.startsWith("/css/") && !path.startsWith("/js/")) {
				res.sendRedirect(req.getContextPath() + "/account/password");
				return;
			}
			chain.doFilter(req, res);
		}

	}

}
