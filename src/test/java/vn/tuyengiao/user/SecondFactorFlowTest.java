package vn.tuyengiao.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.internal.Totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18: an officer turns on the second factor; from then on the password leads to the
 * code form and nothing else, a code works once, wrong codes lock the account, the API
 * wants a personal token; an administrator makes it compulsory for a role.
 */
@IntegrationTest
class SecondFactorFlowTest {

	static final String PASSWORD = "HaiBuoc@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	@Test
	void thePasswordAloneNoLongerSignsInOnceTheCodeIsOn() throws Exception {
		account("canbo.haibuoc", Role.OFFICER);
		String secret = this.secondFactor.start("canbo.haibuoc").secret();
		long now = this.clock.instant().getEpochSecond();
		assertThatThrownBy(() -> this.secondFactor.confirm("canbo.haibuoc", "000000")).isInstanceOf(AppException.class);
		this.secondFactor.confirm("canbo.haibuoc", Totp.codeAt(secret, now));

		Browser session = signIn("canbo.haibuoc", "/login/code");
		session.perform(get("/members")).andExpect(redirectedUrl("/login/code"));
		session.perform(post("/login/code").with(csrf()).param("code", "123456"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã xác thực không đúng")));
		// The code used to switch it on cannot be used again; the next one can.
		session.perform(post("/login/code").with(csrf()).param("code", Totp.codeAt(secret, now)))
			.andExpect(status().isOk());
		session.perform(post("/login/code").with(csrf()).param("code", Totp.codeAt(secret, now + 30)))
			.andExpect(redirectedUrl("/"));
		session.perform(get("/members")).andExpect(status().isOk());
		assertThat(failedAttempts("canbo.haibuoc")).isZero();

		// The API does not take the password of such an account; a personal token works.
		this.mvc.perform(get("/api/v1/members").with(httpBasic("canbo.haibuoc", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("mã truy cập cá nhân")));
		String token = this.users.createToken("canbo.haibuoc", "Máy văn phòng", 30);
		this.mvc.perform(get("/api/v1/members").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void fiveWrongCodesLockTheAccountEvenWithTheRightPassword() throws Exception {
		account("canbo.khoama", Role.OFFICER);
		String secret = this.secondFactor.start("canbo.khoama").secret();
		this.secondFactor.confirm("canbo.khoama", Totp.codeAt(secret, this.clock.instant().getEpochSecond()));
		Browser session = signIn("canbo.khoama", "/login/code");
		for (int i = 0; i < 4; i++) {
			session.perform(post("/login/code").with(csrf()).param("code", "00000" + i)).andExpect(status().isOk());
		}
		// Signing in again with the right password does not start the count afresh.
		session = signIn("canbo.khoama", "/login/code");
		session.perform(post("/login/code").with(csrf()).param("code", "999999"))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(formLogin("/login").user("canbo.khoama").password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aRoleMadeCompulsoryLeadsItsAccountsToTheSetUp() throws Exception {
		account("bithu.batbuoc", Role.CELL_SECRETARY);
		SecondFactor.RolePolicy policy = this.secondFactor.policies()
			.stream()
			.filter(p -> p.role() == Role.CELL_SECRETARY)
			.findFirst()
			.orElseThrow();
		// Only an administrator sets the rule, and a stale form is refused.
		this.mvc
			.perform(post("/admin/security/roles/CELL_SECRETARY").with(user("canbo.vbb"))
				.with(csrf())
				.param("required", "true")
				.param("version", String.valueOf(policy.version())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/security/roles/CELL_SECRETARY").with(user("admin.t").roles("ADMIN"))
				.with(csrf())
				.param("required", "true")
				.param("version", String.valueOf(policy.version())))
			.andExpect(redirectedUrl("/admin/security"));
		try {
			assertThatThrownBy(
					() -> this.secondFactor.require(Scope.system(), Role.CELL_SECRETARY, false, policy.version()))
				.isInstanceOf(AppException.class);
			Browser session = signIn("bithu.batbuoc", "/account/second-factor");
			session.perform(get("/members")).andExpect(redirectedUrl("/account/second-factor"));
			session.perform(post("/account/second-factor/start").with(csrf()))
				.andExpect(redirectedUrl("/account/second-factor"));
			String page = session.perform(get("/account/second-factor"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("id=\"second-factor-qr\"").contains("bắt buộc xác thực hai bước");
			String secret = this.secondFactor.pending("bithu.batbuoc").orElseThrow().secret();
			session
				.perform(post("/account/second-factor/confirm").with(csrf())
					.param("code", Totp.codeAt(secret, this.clock.instant().getEpochSecond())))
				.andExpect(redirectedUrl("/account/second-factor"));
			session.perform(get("/members")).andExpect(status().isOk());
			// Required by the role: it cannot be switched off.
			assertThatThrownBy(() -> this.secondFactor.disable("bithu.batbuoc", "123456"))
				.isInstanceOf(AppException.class)
				.hasMessageContaining("secondFactor.requiredByRole");
		}
		finally {
			long version = this.secondFactor.policies()
				.stream()
				.filter(p -> p.role() == Role.CELL_SECRETARY)
				.findFirst()
				.orElseThrow()
				.version();
			this.secondFactor.require(Scope.system(), Role.CELL_SECRETARY, false, version);
		}
	}

	private void account(String username, Role role) {
		Long unit = role == Role.CELL_SECRETARY ? this.fx.cellThbm() : this.fx.province();
		this.users.create(Scope.system(),
				new UserService.NewUser(username, "Nguyễn Hữu Nghĩa", role, unit, PASSWORD, false));
	}

	private Browser signIn(String username, String expected) throws Exception {
		MvcResult r = this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl(expected))
			.andReturn();
		Browser b = new Browser(this.mvc);
		b.keep(r);
		return b;
	}

	/**
	 * A browser's session cookie: the session lives in the database (Spring Session), so
	 * it is the cookie, renewed when the session id changes, that carries it.
	 */
	static final class Browser {

		private final MockMvc mvc;

		private Cookie cookie;

		Browser(MockMvc mvc) {
			this.mvc = mvc;
		}

		void keep(MvcResult r) {
			Cookie c = r.getResponse().getCookie("SESSION");
			if (c != null) {
				this.cookie = c;
			}
		}

		ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
			ResultActions actions = this.mvc.perform(request.cookie(this.cookie));
			keep(actions.andReturn());
			return actions;
		}

	}

	private int failedAttempts(String username) {
		return this.jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class,
				username);
	}

}
