package vn.tuyengiao.user;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The probes are open to the proxy; the metrics are for an administrator or the
 * configured scraper, never for an officer or the public.
 */
@IntegrationTest
class OperationsEndpointsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void livenessAndReadinessAnswerWithoutLogin() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
	}

	@Test
	void prometheusMetricsAreForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin.t", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void theScraperTokenAuthenticatesOnlyWhenItMatches() throws Exception {
		SecurityConfig.MetricsTokenFilter filter = new SecurityConfig.MetricsTokenFilter("bi-mat-cua-prometheus");
		FilterChain chain = (req, res) -> {
		};
		try {
			MockHttpServletRequest wrong = new MockHttpServletRequest("GET", "/actuator/prometheus");
			wrong.addHeader("Authorization", "Bearer doan-bua");
			filter.doFilter(wrong, new MockHttpServletResponse(), chain);
			assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

			MockHttpServletRequest right = new MockHttpServletRequest("GET", "/actuator/prometheus");
			right.addHeader("Authorization", "Bearer bi-mat-cua-prometheus");
			filter.doFilter(right, new MockHttpServletResponse(), chain);
			assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
				.extracting(Object::toString)
				.containsExactly("ROLE_METRICS");

			SecurityContextHolder.clearContext();
			MockHttpServletRequest none = new MockHttpServletRequest("GET", "/actuator/prometheus");
			none.addHeader("Authorization", "Bearer ");
			new SecurityConfig.MetricsTokenFilter("").doFilter(none, new MockHttpServletResponse(), chain);
			assertThat(SecurityContextHolder.getContext().getAuthentication()).as("no token configured, no access")
				.isNull();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
