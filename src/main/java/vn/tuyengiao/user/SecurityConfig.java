package vn.tuyengiao.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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

import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.common.Messages;

/**
 * Two chains: the REST API (stateless, HTTP Basic or a personal token, no CSRF since no
 * cookies) and the web UI (form login, CSRF, session timeout). Both share accounts,
 * lockout and scope.
 */
@Configuration
class SecurityConfig {

	static final String MUST_CHANGE_PASSWORD = UserService.MUST_CHANGE_PASSWORD_ATTR;

	/** The Prometheus scraper's role, given by the metrics token only. */
	static final String METRICS_ROLE = "METRICS";

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'; object-src 'none'";

	private final UserService users;

	private final SecondFactor secondFactor;

	SecurityConfig(UserService users, SecondFactor secondFactor) {
		this.users = users;
		this.secondFactor = secondFactor;
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
	SecurityFilterChain apiChain(HttpSecurity http, Messages messages, JsonMapper json) throws Exception {
		ApiProblems problems = new ApiProblems(messages, json);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.addFilterBefore(new BearerTokenFilter(this.users), BasicAuthenticationFilter.class)
			.addFilterAfter(new BasicPasswordChangeDueFilter(this::mustChange, problems),
					BasicAuthenticationFilter.class)
			.addFilterAfter(new SecondFactorFilters.BasicRefused(this.secondFactor::enabledFor, problems),
					BasicAuthenticationFilter.class)
			.headers(h -> h
				.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * Operations endpoints: the health probes for the proxy or orchestrator, open; the
	 * metrics (Prometheus) for an administrator (HTTP Basic or a personal token) or a
	 * scraper holding {@code tuyengiao.metrics.token}; nothing else.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuatorChain(HttpSecurity http, Messages messages, JsonMapper json,
			@Value("${tuyengiao.metrics.token:}") String metricsToken) throws Exception {
		ApiProblems problems = new ApiProblems(messages, json);
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasAnyRole(Role.ADMIN.name(), METRICS_ROLE)
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.addFilterBefore(new MetricsTokenFilter(metricsToken), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(this.users), BasicAuthenticationFilter.class);
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
			.authenticated()).formLogin(f -> f.loginPage("/login").permitAll().successHandler((req, res, auth) -> {
				HttpSession session = req.getSession();
				// Shown on the active sessions page (UserSessions).
				session.setAttribute(UserSessions.ADDRESS_ATTR, req.getRemoteAddr());
				session.setAttribute(UserSessions.AGENT_ATTR, req.getHeader("User-Agent"));
				boolean mustChange = mustChange(auth.getName());
				if (mustChange) {
					session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
				}
				// The code comes before anything else, the password change included.
				if (this.secondFactor.enabledFor(auth.getName())) {
					session.setAttribute(SecondFactor.CODE_DUE_ATTR, Boolean.TRUE);
					res.sendRedirect(req.getContextPath() + "/login/code");
					return;
				}
				this.users.loginSucceeded(auth.getName());
				if (this.secondFactor.requiredFor(auth.getName())) {
					session.setAttribute(SecondFactor.ENROL_DUE_ATTR, Boolean.TRUE);
				}
				if (mustChange) {
					res.sendRedirect(req.getContextPath() + "/account/password");
					return;
				}
				if (session.getAttribute(SecondFactor.ENROL_DUE_ATTR) != null) {
					res.sendRedirect(req.getContextPath() + "/account/second-factor");
					return;
				}
				success.onAuthenticationSuccess(req, res, auth);
			}).failureHandler(failureHandler()))
			.logout(l -> l.logoutSuccessUrl("/login?logout"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			// Equal positions keep the order they are added in: the code first.
			.addFilterAfter(new SecondFactorFilters.CodeDue(), BasicAuthenticationFilter.class)
			.addFilterAfter(new MustChangePasswordFilter(), BasicAuthenticationFilter.class)
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(f -> f.deny()));
		return http.build();
	}

	private boolean mustChange(String username) {
		return this.users.find(username).map(this.users::passwordChangeDue).orElse(false);
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (req, res, ex) -> res
			.sendRedirect(req.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error"));
	}

	/**
	 * RFC 9457 problem documents for the API chain, which answers before any controller
	 * (and WebErrors) is reached.
	 */
	static final class ApiProblems {

		private final Messages messages;

		private final JsonMapper json;

		ApiProblems(Messages messages, JsonMapper json) {
			this.messages = messages;
			this.json = json;
		}

		void unauthorized(HttpServletRequest req, HttpServletResponse res, AuthenticationException ex)
				throws IOException {
			res.setHeader("WWW-Authenticate", "Basic realm=\"TuyenGiao\"");
			write(req, res, HttpStatus.UNAUTHORIZED, ex instanceof LockedException ? "auth.locked" : "auth.required");
		}

		void write(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String key) throws IOException {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", this.messages.get("error.title." + status.value()));
			problem.put("status", status.value());
			problem.put("detail", this.messages.get(key));
			problem.put("instance", req.getRequestURI());
			problem.put("code", key);
			res.setStatus(status.value());
			res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			res.setCharacterEncoding("UTF-8");
			res.getWriter().write(this.json.writeValueAsString(problem));
		}

	}

	/**
	 * The scraper's secret, compared in constant time; no token configured, no access.
	 */
	static final class MetricsTokenFilter extends OncePerRequestFilter {

		private final byte[] token;

		MetricsTokenFilter(String token) {
			this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
				throws ServletException, IOException {
			String header = req.getHeader("Authorization");
			if (this.token != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && MessageDigest
				.isEqual(this.token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics", null,
							java.util.List.of(new SimpleGrantedAuthority("ROLE_" + METRICS_ROLE))));
			}
			chain.doFilter(req, res);
		}

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

	/**
	 * HTTP Basic sends the password itself, so while that password must be changed
	 * (generated at installation, or reset by an administrator) the API refuses it, as
	 * the UI does, until the user changes it on the web. Personal tokens are not refused:
	 * each is a separate secret its owner made after a password change, and a reset does
	 * not reveal it (revoke it, or disable the account, to cut it off).
	 */
	static final class BasicPasswordChangeDueFilter extends OncePerRequestFilter {

		private final Predicate<String> mustChange;

		private final ApiProblems problems;

		BasicPasswordChangeDueFilter(Predicate<String> mustChange, ApiProblems problems) {
			this.mustChange = mustChange;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
				throws ServletException, IOException {
			String header = req.getHeader("Authorization");
			var auth = SecurityContextHolder.getContext().getAuthentication();
			if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && auth != null
					&& auth.isAuthenticated() && this.mustChange.test(auth.getName())) {
				this.problems.write(req, res, HttpStatus.FORBIDDEN, "auth.passwordChangeRequired");
				return;
			}
			chain.doFilter(req, res);
		}

	}

	/**
	 * Until a generated or reset password is changed, every page leads to the change
	 * form.
	 */
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
