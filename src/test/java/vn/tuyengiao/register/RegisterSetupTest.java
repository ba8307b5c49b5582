package vn.tuyengiao.register;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.IssuingBody.Authority;
import vn.tuyengiao.register.IssuingBody.Kind;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register set up by its users: issuing bodies with what their documents print,
 * committee terms, document types; through the service, the REST API and the pages, a
 * sibling unit's officer refused.
 */
@IntegrationTest
class RegisterSetupTest {

	@Autowired
	RegisterSetup setup;

	@Autowired
	DocumentRegister register;

	@Autowired
	OrgService orgChanges;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	vn.tuyengiao.user.UserService users;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aDepartmentPrintsItsCommitteeAboveItsNameItsPlaceSignerAndRecipients() {
		OrgUnit district = district("T.RS.VT", "Huyện ủy Vĩnh Thuận");
		IssuingBody btg = this.setup.createBody(this.system,
				new RegisterSetup.BodyForm(district.getId(), "Ban Tuyên giáo Huyện ủy", "BTG", Kind.DEPARTMENT,
						"Huyện ủy Vĩnh Thuận", "Vĩnh Thuận", Authority.NONE, "Trưởng ban", "Võ Thanh Xuân",
						"- Thường trực Huyện ủy (b/c);\n- Ban Tuyên giáo các xã, thị trấn;\n- Lãnh đạo Ban;\n- Lưu.",
						null));
		var header = btg.header("Số 03-BC/BTG", LocalDate.of(2020, 8, 25));
		assertThat(header.superiorBody()).isEqualTo("HUYỆN ỦY VĨNH THUẬN");
		assertThat(header.issuingBody()).isEqualTo("BAN TUYÊN GIÁO");
		assertThat(header.dateLine()).isEqualTo("Vĩnh Thuận, ngày 25 tháng 8 năm 2020");
		assertThat(btg.signature().authority()).isNull();
		assertThat(btg.signature().title()).isEqualTo("TRƯỞNG BAN");
		assertThat(btg.signature().name()).isEqualTo("Võ Thanh Xuân");
		assertThat(btg.defaultRecipients().lines()).containsExactly("- Thường trực Huyện ủy (b/c);",
				"- Ban Tuyên giáo các xã, thị trấn;", "- Lãnh đạo Ban;", "- Lưu.");
	}

	@Test
	void aCommitteeSignsOnBehalfOfItsStandingCommitteeNeverAsHeadOfDepartment() {
		OrgUnit district = district("T.RS.AB", "Huyện ủy An Biên");
		RegisterSetup.BodyForm committee = new RegisterSetup.BodyForm(district.getId(), "Huyện ủy An Biên", "HU",
				Kind.COMMITTEE, null, "An Biên", Authority.NONE, "TRƯỞNG BAN", "Nguyễn Văn A", null, null);
		assertRefused(() -> this.setup.createBody(this.system, committee), "register.committeeHeadTitle");
		assertRefused(
				() -> this.setup.createBody(this.system,
						new RegisterSetup.BodyForm(district.getId(), "Huyện ủy An Biên", "HU", Kind.COMMITTEE, null,
								"An Biên", Authority.NONE, "BÍ THƯ", "Nguyễn Văn A", null, null)),
				"register.committeeAuthority");
		IssuingBody hu = this.setup.createBody(this.system,
				new RegisterSetup.BodyForm(district.getId(), "Huyện ủy An Biên", "HU", Kind.COMMITTEE, "ignored",
						"An Biên", Authority.TM, "Bí thư", "Nguyễn Văn A",
						"Các đồng chí Huyện ủy viên\nLưu Văn phòng Huyện ủy.", null));
		assertThat(hu.signature().authority()).isEqualTo("T/M BAN THƯỜNG VỤ");
		assertThat(hu.signature().title()).isEqualTo("BÍ THƯ");
		assertThat(hu.header("Số 01-BC/HU", LocalDate.of(2026, 1, 5)).superiorBody()).isNull();
		assertThat(hu.defaultRecipients().lines()).containsExactly("- Các đồng chí Huyện ủy viên;",
				"- Lưu Văn phòng Huyện ủy.");

		assertRefused(
				() -> this.setup.createBody(this.system,
						department(district, "BTGAB", Authority.TM, "PHÓ TRƯỞNG BAN", "Lưu.")),
				"register.departmentOnBehalf");
		assertRefused(
				() -> this.setup.createBody(this.system,
						department(district, "BTGAB", Authority.NONE, "PHÓ TRƯỞNG BAN", "Lưu.")),
				"register.deputyNeedsKt");
		assertRefused(
				() -> this.setup.createBody(this.system,
						department(district, "BTGAB", Authority.NONE, "BÍ THƯ", "Lưu.")),
				"register.departmentSecretary");
		assertRefused(
				() -> this.setup.createBody(this.system,
						department(district, "BTGAB", Authority.KT, "PHÓ TRƯỞNG BAN", "Lưu.\nLưu VP.")),
				"register.filingOnce");
		IssuingBody deputy = this.setup.createBody(this.system,
				department(district, "BTGAB", Authority.KT, "Phó Trưởng ban", "Thường trực Huyện ủy (b/c);\nLưu."));
		assertThat(deputy.signature().authority()).isEqualTo("K/T TRƯỞNG BAN");
		assertThat(deputy.signature().title()).isEqualTo("PHÓ TRƯỞNG BAN");
	}

	@Test
	void aBodyWithoutAbbreviationIsNeverNumberedAndSaysWhatToSetUp() {
		OrgUnit district = district("T.RS.UM", "Huyện ủy U Minh Thượng");
		IssuingBody body = this.setup.createBody(this.system,
				department(district, null, Authority.NONE, "TRƯỞNG BAN", null));
		this.setup.createTerm(this.system, new RegisterSetup.TermForm(district.getId(), "Nhiệm kỳ 2025–2030",
				LocalDate.of(2025, 7, 1), null, null));
		assertThat(body.canNumber()).isFalse();
		assertThatThrownBy(
				() -> this.register.issue(this.system, body.getId(), "BC", "Báo cáo", LocalDate.of(2026, 1, 5)))
			.isInstanceOfSatisfying(AppException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("register.noAbbreviation");
				assertThat(ex.status()).isEqualTo(400);
			});
	}

	@Test
	void termsNeverOverlapAndEditsAreRefusedWhenSomeoneSavedInBetween() {
		OrgUnit district = district("T.RS.GQ", "Huyện ủy Giồng Riềng");
		var first = this.setup.createTerm(this.system, new RegisterSetup.TermForm(district.getId(),
				"Nhiệm kỳ 2020–2025", LocalDate.of(2020, 10, 1), LocalDate.of(2025, 6, 30), null));
		assertRefused(() -> this.setup.createTerm(this.system, new RegisterSetup.TermForm(district.getId(),
				"Nhiệm kỳ 2025–2030", LocalDate.of(2025, 6, 1), null, null)), "register.termOverlap");
		var second = this.setup.createTerm(this.system, new RegisterSetup.TermForm(district.getId(),
				"Nhiệm kỳ 2025–2030", LocalDate.of(2025, 7, 1), null, null));
		long read = first.getVersion();
		this.setup.updateTerm(this.system, first.getId(), new RegisterSetup.TermForm(0, "Nhiệm kỳ 2020 – 2025",
				LocalDate.of(2020, 10, 1), LocalDate.of(2025, 6, 30), read));
		assertThatThrownBy(() -> this.setup.updateTerm(this.system, first.getId(),
				new RegisterSetup.TermForm(0, "Nhiệm kỳ XI", LocalDate.of(2020, 10, 1), LocalDate.of(2025, 6, 30),
						read)))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(409));
		assertRefused(
				() -> this.setup.updateTerm(this.system, second.getId(), new RegisterSetup.TermForm(0,
						"Nhiệm kỳ 2025–2030", LocalDate.of(2025, 1, 1), null, second.getVersion())),
				"register.termOverlap");
	}

	@Test
	void aNewTypeNumbersAtOnceAndThePartysTypesStay() {
		OrgUnit district = district("T.RS.KL", "Huyện ủy Kiên Lương");
		IssuingBody body = this.register.createBody(this.system, district.getId(), "Ban Tuyên giáo Huyện ủy", "BTG",
				"HUYỆN ỦY KIÊN LƯƠNG", "Kiên Lương");
		this.register.createTerm(this.system, district.getId(), "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 7, 1), null);
		this.setup.addType(this.system, "ĐC", "Đề cương");
		assertThat(
				this.register.issue(this.system, body.getId(), "ĐC", "Đề cương tuyên truyền", LocalDate.of(2026, 2, 3))
					.formatted())
			.isEqualTo("Số 01-ĐC/BTG");
		var bc = this.setup.type("BC");
		assertRefused(() -> this.setup.changeType(this.system, "BC", "Báo cáo", false, bc.getVersion()),
				"register.partyTypeStays");
		var dc = this.setup.type("ĐC");
		this.setup.changeType(this.system, "ĐC", "Đề cương tuyên truyền", false, dc.getVersion());
		assertThat(this.register.documentTypes()).doesNotContainKey("ĐC").containsKey("BC");
		assertThatThrownBy(() -> this.setup.addType(this.users.scopeOf("canbo.vbb"), "TC", "Tờ trình khác"))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
	}

	@Test
	void theApiManagesBodiesWithinScopeInVietnamese() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/register/bodies").with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"unitId": %d, "name": "Ban Xây dựng Đảng Đảng ủy xã", "abbreviation": "BXDĐVBB",
						 "kind": "DEPARTMENT", "superiorName": "Đảng ủy xã Vĩnh Bình Bắc", "place": "Vĩnh Bình Bắc",
						 "signerAuthority": "NONE", "signerTitle": "Trưởng ban", "signerName": "Trần Văn Bình",
						 "recipients": ["Thường trực Đảng ủy (b/c);", "Các chi bộ trực thuộc;", "Lưu."]}
						""".formatted(this.fx.communeVbb())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.superiorName").value("ĐẢNG ỦY XÃ VĨNH BÌNH BẮC"))
			.andExpect(jsonPath("$.signerTitle").value("TRƯỞNG BAN"))
			.andExpect(jsonPath("$.filing").value("Lưu."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode body = this.json.readTree(created);
		long id = body.get("id").asLong();
		long version = body.get("version").asLong();

		// The officer of the sibling commune neither reads nor changes it.
		long pdBody = this.setup
			.createBody(this.system,
					department(new Unit(this.fx.communePd()), "BXDĐPD", Authority.NONE, "TRƯỞNG BAN", null))
			.getId();
		this.mvc.perform(get("/api/v1/register/bodies/{id}", pdBody).with(user("canbo.vbb")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(put("/api/v1/register/bodies/{id}", pdBody).with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"kind\": \"DEPARTMENT\", \"place\": \"x\", \"version\": 0}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/register/bodies").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].abbreviation", hasItem("BXDĐVBB")))
			.andExpect(jsonPath("$[?(@.abbreviation == 'BXDĐPD')]").isEmpty());
		this.mvc
			.perform(post("/api/v1/register/terms").with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": %d, \"name\": \"Nhiệm kỳ 2025–2030\", \"validFrom\": \"2025-07-01\"}"
					.formatted(this.fx.communePd())))
			.andExpect(status().isForbidden());
		// A viewer cannot set up anything.
		this.mvc
			.perform(post("/api/v1/register/terms").with(user("xem.pd"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": %d, \"name\": \"Nhiệm kỳ 2025–2030\", \"validFrom\": \"2025-07-01\"}"
					.formatted(this.fx.communePd())))
			.andExpect(status().isForbidden());

		// Invalid input and stale versions are problem details in Vietnamese, not 500.
		this.mvc
			.perform(put("/api/v1/register/bodies/{id}", id).with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Ban Xây dựng Đảng Đảng ủy xã", "abbreviation": "BXDĐVBB", "kind": "DEPARTMENT",
						 "superiorName": "Đảng ủy xã Vĩnh Bình Bắc", "place": "Vĩnh Bình Bắc",
						 "signerAuthority": "TM", "signerTitle": "BÍ THƯ", "version": %d}
						""".formatted(version)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("T/M BAN THƯỜNG VỤ")));
		String edit = """
				{"name": "Ban Xây dựng Đảng Đảng ủy xã", "abbreviation": "BXDĐVBB", "kind": "DEPARTMENT",
				 "superiorName": "Đảng ủy xã Vĩnh Bình Bắc", "place": "Vĩnh Bình Bắc", "signerAuthority": "KT",
				 "signerTitle": "Phó Trưởng ban", "signerName": "Lê Thị Mai", "version": %d}
				""".formatted(version);
		this.mvc
			.perform(put("/api/v1/register/bodies/{id}", id).with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authorityLine").value("K/T TRƯỞNG BAN"));
		this.mvc
			.perform(put("/api/v1/register/bodies/{id}", id).with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("vừa được người khác sửa")));
		this.mvc.perform(get("/api/v1/register/bodies/{id}", 987654).with(user("canbo.vbb")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("Không tìm thấy cơ quan ban hành")));
		this.mvc
			.perform(post("/api/v1/register/bodies").with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": \"không phải số\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/v3/api-docs").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/register/bodies/{id}")))
			.andExpect(content().string(containsString("/api/v1/register/types/{code}")));
	}

	@Test
	void anOfficerSetsUpABodyThroughThePagesAndTheSiblingIsRefused() throws Exception {
		this.mvc.perform(get("/register/setup").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thêm cơ quan ban hành")));
		this.mvc.perform(get("/register/bodies/new").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Địa danh")));
		this.mvc
			.perform(post("/register/bodies").with(user("canbo.vbb"))
				.with(csrf())
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.param("kind", "DEPARTMENT")
				.param("name", "Ban Tuyên giáo Đảng ủy xã")
				.param("abbreviation", "BTGVBB")
				.param("superiorName", "")
				.param("place", "Vĩnh Bình Bắc")
				.param("signerAuthority", "NONE")
				.param("signerTitle", "TRƯỞNG BAN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cần ghi tên cấp ủy cấp trên")));
		this.mvc
			.perform(post("/register/bodies").with(user("canbo.vbb"))
				.with(csrf())
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.param("kind", "DEPARTMENT")
				.param("name", "Ban Tuyên giáo Đảng ủy xã")
				.param("abbreviation", "BTGVBB")
				.param("superiorName", "Đảng ủy xã Vĩnh Bình Bắc")
				.param("place", "Vĩnh Bình Bắc")
				.param("signerAuthority", "NONE")
				.param("signerTitle", "TRƯỞNG BAN")
				.param("recipients", "Thường trực Đảng ủy (b/c);\nLưu."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lưu cơ quan ban hành Ban Tuyên giáo Đảng ủy xã."));
		this.mvc
			.perform(post("/register/bodies").with(user("canbo.vbb"))
				.with(csrf())
				.param("unit", String.valueOf(this.fx.communePd()))
				.param("kind", "DEPARTMENT")
				.param("name", "Ban Tuyên giáo Đảng ủy xã")
				.param("abbreviation", "BTGPDX")
				.param("superiorName", "Đảng ủy xã Phong Đông")
				.param("place", "Phong Đông"))
			.andExpect(status().isForbidden());
		long pdBody = this.setup
			.createBody(this.system,
					department(new Unit(this.fx.communePd()), "BTGPD", Authority.NONE, "TRƯỞNG BAN", null))
			.getId();
		this.mvc.perform(get("/register/bodies/{id}", pdBody).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/register/setup").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BTGPD")))
			.andExpect(content().string(containsString("id=\"nav-register\"")));
		assertThat(this.audit.recent("canbo.vbb", "IssuingBody", 0, 20).getContent())
			.anySatisfy(e -> assertThat(e.getSummary()).isEqualTo("Thêm cơ quan ban hành Ban Tuyên giáo Đảng ủy xã"));
	}

	private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(AppException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			assertThat(ex.status()).isEqualTo(400);
		});
	}

	private record Unit(long id) {
		long getId() {
			return this.id;
		}
	}

	private static RegisterSetup.BodyForm department(OrgUnit unit, String abbreviation, Authority authority,
			String title, String recipients) {
		return department(new Unit(unit.getId()), abbreviation, authority, title, recipients);
	}

	private static RegisterSetup.BodyForm department(Unit unit, String abbreviation, Authority authority, String title,
			String recipients) {
		return new RegisterSetup.BodyForm(unit.getId(), "Ban Tuyên giáo", abbreviation, Kind.DEPARTMENT,
				"CẤP ỦY CẤP TRÊN", "Địa danh", authority, title, null, recipients, null);
	}

	private OrgUnit district(String code, String name) {
		return this.orgChanges.create(this.system, new NewUnit(this.fx.province(), OrgUnitKind.DISTRICT_COMMITTEE, name,
				code, "HU", LocalDate.of(2015, 1, 1)));
	}

}
