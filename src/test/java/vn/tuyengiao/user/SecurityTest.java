package vn.tuyengiao.user;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and API call is limited to the user's part of the tree; accounts are
 * protected.
 */
@IntegrationTest
class SecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	Fixture.Data fx;

	@Test
	void aCellSecretaryCannotOpenAnotherCellsMemberByUrl() throws Exception {
		this.mvc.perform(get("/members/{id}", this.fx.leThangCc()).with(user("bithu.vl1")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("ngoài phạm vi")))
			.andExpect(content().string(not(containsString("Lê Văn Thắng"))));
		this.mvc.perform(get("/members/{id}", this.fx.thangVl1()).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Văn Thắng")));
	}

	@Test
	void theApiAppliesTheSameScope() throws Exception {
		this.mvc
			.perform(get("/api/v1/members/{id}", this.fx.leThangCc()).with(httpBasic("bithu.vl1", Fixture.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("ngoài phạm vi")));
		this.mvc.perform(get("/api/v1/members").param("q", "thang").with(httpBasic("bithu.vl1", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].fullName").value(org.hamcrest.Matchers.contains("Nguyễn Văn Thắng")));
		this.mvc.perform(get("/api/v1/units/{id}", this.fx.communePd()).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCommuneOfficerCannotChangeAnotherCommunesMember() throws Exception {
		long version = this.members.get(Scope.system(), this.fx.quyCc()).getVersion();
		String body = """
				{"fullName":"Nguyễn Thị Quý (đã sửa)","gender":"FEMALE","birthDate":"1970-05-19","joinDate":"1995-02-03",
				 "unitCode":"T.PD.CC","status":"ACTIVE","version":%d}"""
			.formatted(version);
		this.mvc
			.perform(put("/api/v1/members/{id}", this.fx.quyCc()).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/members/{id}", this.fx.quyCc()).with(user("canbo.vbb"))
				.with(csrf())
				.param("fullName", "Đổi tên")
				.param("gender", "FEMALE")
				.param("birthDate", "1970-05-19")
				.param("joinDate", "1995-02-03")
				.param("unitCode", "T.PD.CC")
				.param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		assertThat(this.members.get(Scope.system(), this.fx.quyCc()).getFullName()).isEqualTo("Nguyễn Thị Quý");
	}

	@Test
	void aViewerReadsButCannotWrite() throws Exception {
		this.mvc.perform(get("/members").param("unit", String.valueOf(this.fx.cellCc())).with(user("xem.pd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lê Văn Thắng")));
		String body = """
				{"fullName":"Hà Văn Mới","gender":"MALE","birthDate":"1980-01-01","joinDate":"2005-01-01","unitCode":"T.PD.CC"}""";
		this.mvc
			.perform(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("chỉ có quyền xem")));
	}

	@Test
	void formsNeedTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/members/{id}/status", this.fx.hoaVl1()).with(user("canbo.vbb"))
				.param("status", "AWAY")
				.param("since", LocalDate.now().toString())
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesNeedALoginAndAdminPagesNeedAnAdministrator() throws Exception {
		this.mvc.perform(get("/members")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/members"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
			.andExpect(jsonPath("$.detail", containsString("Cần đăng nhập")));
		this.mvc.perform(get("/admin/users").with(user("canbo.tinh.t").roles("OFFICER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(user("admin.t").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhật ký thay đổi")));
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccount() throws Exception {
		this.users.create(Scope.system(), new UserService.NewUser("khoa.thu", "Khóa Thử", Role.VIEWER,
				this.fx.communePd(), "DungMatKhau1", false));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/units").with(httpBasic("khoa.thu", "SaiMatKhau" + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/units").with(httpBasic("khoa.thu", "DungMatKhau1")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("tạm khóa")));
		assertThat(this.users.find("khoa.thu").orElseThrow().getLockedUntil()).isNotNull();
	}

	@Test
	void aGoodLoginClearsTheTyposAndIsRecorded() throws Exception {
		this.users.create(Scope.system(),
				new UserService.NewUser("go.sai", "Gõ Sai", Role.VIEWER, this.fx.communePd(), "DungMatKhau1", false));
		// Four typos, a good password, one more typo: not locked (the count started
		// again).
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(get("/api/v1/units").with(httpBasic("go.sai", "SaiMatKhau" + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/units").with(httpBasic("go.sai", "DungMatKhau1"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/units").with(httpBasic("go.sai", "SaiMatKhau5")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/units").with(httpBasic("go.sai", "DungMatKhau1"))).andExpect(status().isOk());
		assertThat(this.users.find("go.sai").orElseThrow().getLockedUntil()).isNull();
		// Signing in on the login page is the "last login" the accounts page shows.
		assertThat(this.users.find("go.sai").orElseThrow().getLastLoginAt()).isNull();
		this.mvc.perform(post("/login").param("username", "go.sai").param("password", "DungMatKhau1").with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(this.users.find("go.sai").orElseThrow().getLastLoginAt()).isNotNull();
	}

	@Test
	void personalApiTokensWorkUntilRevoked() throws Exception {
		String token = this.users.createToken("canbo.vbb", "Kịch bản báo cáo", 30);
		this.mvc.perform(get("/api/v1/units/{id}", this.fx.communeVbb()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Đảng ủy xã Vĩnh Bình Bắc"))
			.andExpect(jsonPath("$.members").value(org.hamcrest.Matchers.greaterThanOrEqualTo(4)));
		long id = this.users.tokensOf("canbo.vbb").get(0).getId();
		this.users.revokeToken("canbo.vbb", id);
		this.mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void whileAResetPasswordMustBeChangedTheApiRefusesItButNotTheUsersToken() throws Exception {
		long id = this.users
			.create(Scope.system(),
					new UserService.NewUser("doi.matkhau", "Trần Văn Đổi", Role.OFFICER, this.fx.communeVbb(),
							"BanDau2026", false))
			.getId();
		String token = this.users.createToken("doi.matkhau", "Kịch bản nhập đảng viên", null);
		this.users.resetPassword(Scope.system(), id, "TamThoi2026");

		this.mvc.perform(get("/api/v1/units/{id}", this.fx.communeVbb()).with(httpBasic("doi.matkhau", "TamThoi2026")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Không có quyền"))
			.andExpect(jsonPath("$.detail", containsString("phải đổi mật khẩu trước khi dùng API")))
			.andExpect(jsonPath("$.code").value("auth.passwordChangeRequired"))
			.andExpect(content().string(not(containsString("Đảng ủy xã Vĩnh Bình Bắc"))));
		// A wrong password still gets the plain 401, and says nothing about the account.
		this.mvc.perform(get("/api/v1/units").with(httpBasic("doi.matkhau", "SaiMatKhau9")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.required"));
		// The token was never shown to whoever knows the reset password: it keeps
		// working.
		this.mvc.perform(get("/api/v1/units/{id}", this.fx.communeVbb()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Đảng ủy xã Vĩnh Bình Bắc"));

		this.users.changeOwnPassword("doi.matkhau", "TamThoi2026", "CuaRieng2026");
		this.mvc.perform(get("/api/v1/units/{id}", this.fx.communeVbb()).with(httpBasic("doi.matkhau", "CuaRieng2026")))
			.andExpect(status().isOk());
	}

	@Test
	void passwordsAreStoredHashed() {
		assertThat(this.users.find("canbo.vbb").orElseThrow().getPasswordHash()).startsWith("{bcrypt}")
			.doesNotContain(Fixture.PASSWORD);
	}

}
