package vn.tuyengiao.user;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18 item 5: a user sees the browsers signed in to their account (when, from where,
 * which browser) and ends any of them, the one in hand included; an administrator does
 * the same for any account from the accounts page; nobody else can.
 */
@IntegrationTest
class ActiveSessionsTest {

	static final String PASSWORD = "PhienLam@2026";

	static final String PHONE = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";

	static final String DESK = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

	static final Pattern REF = Pattern.compile("data-ref=\"([0-9a-f]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	@Test
	void aUserSeesTheirSessionsAndEndsTheOtherOne() throws Exception {
		account("canbo.phienlam", Role.OFFICER, this.fx.province());
		account("canbo.phienkhac", Role.OFFICER, this.fx.province());
		Browser phone = signIn("canbo.phienlam", PHONE);
		Browser desk = signIn("canbo.phienlam", DESK);
		Browser other = signIn("canbo.phienkhac", DESK);

		String page = desk.page("/account/sessions");
		assertThat(page).contains("Phiên đăng nhập đang hoạt động")
			.contains("Chrome · Android")
			.contains("Firefox · Windows")
			.contains("Phiên này")
			.contains("127.0.0.1")
			.doesNotContain(phone.cookie.getValue())
			.doesNotContain(desk.cookie.getValue());
		assertThat(refs(page)).hasSize(2);
		// The desk's page names the phone's session, which is not the current one there.
		String phoneRef = refWith(page, "Android");
		assertThat(refWith(phone.page("/account/sessions"), "Android")).isEqualTo(phoneRef);

		// Another user cannot end it: it is not among their sessions.
		other.perform(post("/account/sessions/" + phoneRef + "/revoke").with(csrf())).andExpect(status().isNotFound());
		phone.perform(get("/members")).andExpect(status().isOk());

		desk.perform(post("/account/sessions/" + phoneRef + "/revoke").with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"));
		phone.perform(get("/members")).andExpect(status().is3xxRedirection());
		assertThat(audits("canbo.phienlam")).isPositive();
	}

	@Test
	void endingTheCurrentSessionSignsOut() throws Exception {
		account("canbo.tudangxuat", Role.OFFICER, this.fx.province());
		Browser desk = signIn("canbo.tudangxuat", DESK);
		String ref = refs(desk.page("/account/sessions")).get(0);
		desk.perform(post("/account/sessions/" + ref + "/revoke").with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
		desk.perform(get("/members")).andExpect(status().is3xxRedirection());
	}

	@Test
	void anAdministratorEndsAUsersSessionAndNobodyElseCan() throws Exception {
		AppUser target = account("bithu.phienbiketthuc", Role.CELL_SECRETARY, this.fx.cellThbm());
		account("quantri.phien", Role.ADMIN, null);
		account("canbo.tomo", Role.OFFICER, this.fx.province());
		Browser secretary = signIn("bithu.phienbiketthuc", PHONE);
		Browser admin = signIn("quantri.phien", DESK);
		Browser officer = signIn("canbo.tomo", DESK);

		String list = admin.page("/admin/users");
		assertThat(list).contains("/admin/users/" + target.getId() + "/sessions");
		String page = admin.page("/admin/users/" + target.getId() + "/sessions");
		assertThat(page).contains("bithu.phienbiketthuc").contains("Chrome · Android");
		String ref = refs(page).get(0);

		// An officer (not an administrator) is refused both the list and the revocation.
		officer.perform(get("/admin/users/" + target.getId() + "/sessions")).andExpect(status().isForbidden());
		officer.perform(post("/admin/users/" + target.getId() + "/sessions/" + ref + "/revoke").with(csrf()))
			.andExpect(status().isForbidden());
		secretary.perform(get("/account/sessions")).andExpect(status().isOk());

		admin.perform(post("/admin/users/" + target.getId() + "/sessions/" + ref + "/revoke").with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + target.getId() + "/sessions"));
		secretary.perform(get("/account/sessions")).andExpect(status().is3xxRedirection());
		admin.perform(get("/admin/users/" + target.getId() + "/sessions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có phiên đăng nhập nào")))
			.andExpect(content().string(not(containsString(ref))));
		// An unknown session: a clear 404, not a 500.
		admin.perform(post("/admin/users/" + target.getId() + "/sessions/abcdef/revoke").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theBrowserIsNamedShortly() {
		assertThat(UserSessions.browser(PHONE)).isEqualTo("Chrome · Android");
		assertThat(UserSessions.browser(DESK)).isEqualTo("Firefox · Windows");
		assertThat(UserSessions.browser(null)).isEmpty();
	}

	/** The session on the row that mentions {@code text}. */
	private static String refWith(String page, String text) {
		Matcher m = Pattern.compile("data-ref=\"([0-9a-f]+)\"((?:(?!</tr>).)*)", Pattern.DOTALL).matcher(page);
		while (m.find()) {
			if (m.group(2).contains(text)) {
				return m.group(1);
			}
		}
		throw new AssertionError("no session row with " + text);
	}

	private static java.util.List<String> refs(String page) {
		java.util.List<String> out = new java.util.ArrayList<>();
		Matcher m = REF.matcher(page);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	private int audits(String username) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'SESSION_REVOKE' and summary like ?", Integer.class,
				"%" + username);
	}

	private AppUser account(String username, Role role, Long unit) {
		return this.users.create(Scope.system(),
				new UserService.NewUser(username, "Lê Thị Phương", role, unit, PASSWORD, false));
	}

	private Browser signIn(String username, String agent) throws Exception {
		Browser b = new Browser(this.mvc);
		ResultActions r = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", PASSWORD)
				.header("User-Agent", agent)
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
		b.cookie = r.andReturn().getResponse().getCookie("SESSION");
		return b;
	}

	/** A browser: the session is in the database, so the SESSION cookie carries it. */
	static final class Browser {

		private final MockMvc mvc;

		private Cookie cookie;

		Browser(MockMvc mvc) {
			this.mvc = mvc;
		}

		ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
			if (this.cookie != null) {
				request.cookie(this.cookie);
			}
			ResultActions actions = this.mvc.perform(request);
			Cookie c = actions.andReturn().getResponse().getCookie("SESSION");
			if (c != null) {
				this.cookie = c;
			}
			return actions;
		}

		String page(String url) throws Exception {
			return perform(get(url)).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}

	}

}
