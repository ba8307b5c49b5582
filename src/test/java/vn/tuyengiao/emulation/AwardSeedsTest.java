package vn.tuyengiao.emulation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.tuyengiao.support.Json.obj;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seeds 003 and 004 entered through the REST API as officers would: the roll-up and the
 * report say "khen thưởng 13 tập thể, 36 cá nhân" (Đảng ủy Khối, 2016–2020, with 02 tập
 * thể, 02 cá nhân proposed to the province) and "02 tập thể, 18 cá nhân" (a commune's
 * 2016 review conference); a recipient outside the issuer's subtree refuses the whole
 * decision.
 */
@IntegrationTest
class AwardSeedsTest {

	static final String[] NAMES = { "Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thị Lan", "Huỳnh Văn Tâm",
			"Võ Thị Ánh", "Đặng Văn Hải", "Bùi Thị Hồng", "Hồ Văn Phúc", "Ngô Thị Thu", "Dương Văn Lộc",
			"Lý Thị Ngọc" };

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	@Test
	void seed003BlocCommitteeAwards13CollectivesAnd36IndividualsAndProposes2And2() throws Exception {
		Scope system = Scope.system();
		OrgUnit bloc = this.orgChanges.create(system, new NewUnit(this.fx.province(), OrgUnitKind.BLOC_COMMITTEE,
				"Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "S3E.DUK", "ĐUK", LocalDate.of(2010, 1, 1)));
		List<Long> units = new ArrayList<>();
		String[] names = { "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Kho bạc Nhà nước tỉnh", "Sở Tư pháp",
				"Báo Kiên Giang", "Đài Phát thanh và Truyền hình", "Sở Công Thương", "Ngân hàng Chính sách xã hội",
				"Sở Nội vụ", "Cục Thuế tỉnh", "Sở Tài nguyên và Môi trường", "Bệnh viện Đa khoa tỉnh",
				"Công ty Điện lực" };
		for (int i = 0; i < names.length; i++) {
			units.add(
					this.orgChanges
						.create(system,
								new NewUnit(bloc.getId(), OrgUnitKind.GRASSROOTS_COMMITTEE, "Đảng bộ " + names[i],
										"S3E.DUK." + (i + 1), "ĐU", LocalDate.of(2010, 1, 1)))
						.getId());
		}
		// Two decisions inside the five years 2016–2020: 6 + 7 collectives, 20 + 16
		// individuals.
		decision(bloc.getId(), "45-QĐ/ĐUK", "2018-05-19", "MERIT", units.subList(0, 6), people(20, units));
		decision(bloc.getId(), "112-QĐ/ĐUK", "2020-12-10", "CERTIFICATE", units.subList(6, 13), people(16, units));
		// A 2021 decision falls outside the period.
		decision(bloc.getId(), "07-QĐ/ĐUK", "2021-03-02", "CERTIFICATE", units.subList(13, 14), people(3, units));
		String proposal = call(post("/api/v1/awards"),
				obj("issuerUnitId", bloc.getId(), "proposal", true, "form", "MERIT", "decisionNumber", "98-TTr/ĐUK",
						"date", "2020-12-15", "reason",
						"Có thành tích trong học tập và làm theo Bác giai đoạn 5 năm 2016 - 2020", "recipients",
						recipients(units.subList(0, 2), people(2, units))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("PROVINCE"))
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		String figures = "/api/v1/awards/figures?unitId=" + bloc.getId() + "&from=2016-01-01&to=2020-12-31";
		this.mvc.perform(get(figures).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.awarded.collectives").value(13))
			.andExpect(jsonPath("$.awarded.individuals").value(36))
			.andExpect(jsonPath("$.awardedText").value("13 tập thể, 36 cá nhân"))
			.andExpect(jsonPath("$.proposedText").value("02 tập thể, 02 cá nhân"))
			.andExpect(jsonPath("$.proposals.PROPOSED.individuals").value(2))
			.andExpect(jsonPath("$.byLevel.DISTRICT.collectives").value(13));

		String preview = this.mvc
			.perform(get("/models/report").param("unit", String.valueOf(bloc.getId()))
				.param("from", "2016-01-01")
				.param("to", "2020-12-31")
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview)
			.contains("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đã khen thưởng 13 tập thể, 36 cá nhân")
			.contains("Đề nghị cấp trên khen thưởng 02 tập thể, 02 cá nhân")
			.contains("ĐẢNG CỘNG SẢN VIỆT NAM");
		byte[] docx = this.mvc
			.perform(get("/api/v1/models/report.docx").param("unit", String.valueOf(bloc.getId()))
				.param("from", "2016-01-01")
				.param("to", "2020-12-31")
				.with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
			assertThat(x.getText()).contains("khen thưởng 13 tập thể, 36 cá nhân").contains("02 tập thể, 02 cá nhân");
		}

		// The province grants the proposal; the bloc's figures then show it granted.
		int id = JsonPath.read(proposal, "$.id");
		int version = JsonPath.read(proposal, "$.version");
		call(post("/api/v1/awards/{id}/decision", id),
				obj("version", version, "granted", true, "on", "2021-01-20", "decisionNumber", "1520-QĐ/TU"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("GRANTED"));
		this.mvc.perform(get(figures).with(officer()))
			.andExpect(jsonPath("$.proposals.GRANTED.collectives").value(2))
			.andExpect(jsonPath("$.awardedText").value("13 tập thể, 36 cá nhân"));
	}

	@Test
	void seed004CommuneAwards2CollectivesAnd18Individuals() throws Exception {
		Scope system = Scope.system();
		OrgUnit commune = this.orgChanges.create(system, new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Mỹ Long Nam", "S4E.MLN", "ĐU", LocalDate.of(2010, 1, 1)));
		long benDo = this.orgChanges
			.create(system,
					new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Bến Đò", "S4E.MLN.BD", "CB",
							LocalDate.of(2010, 1, 1)))
			.getId();
		long nghiaHuan = this.orgChanges
			.create(system,
					new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Nghĩa Huấn", "S4E.MLN.NH", "CB",
							LocalDate.of(2010, 1, 1)))
			.getId();
		decision(commune.getId(), "15-QĐ/ĐU", "2016-12-16", "CERTIFICATE", List.of(benDo, nghiaHuan),
				people(18, List.of(benDo, nghiaHuan)));

		this.mvc
			.perform(get("/api/v1/awards/figures").param("unitId", String.valueOf(commune.getId()))
				.param("from", "2016-01-01")
				.param("to", "2016-12-31")
				.with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.awardedText").value("02 tập thể, 18 cá nhân"))
			.andExpect(jsonPath("$.byLevel.COMMUNE.individuals").value(18));
		this.mvc
			.perform(get("/models/report").param("unit", String.valueOf(commune.getId()))
				.param("from", "2016-01-01")
				.param("to", "2016-12-31")
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Đảng ủy xã Mỹ Long Nam đã khen thưởng 02 tập thể, 18 cá nhân")));
	}

	@Test
	void aRecipientOutsideTheIssuersSubtreeRefusesTheWholeDecision() throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from award", Integer.class);
		Integer recipientsBefore = this.jdbc.queryForObject("select count(*) from award_recipient", Integer.class);
		this.mvc
			.perform(post("/api/v1/awards").with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.write(obj("issuerUnitId", this.fx.communeVbb(), "form", "CERTIFICATE", "decisionNumber",
						"21-QĐ/ĐU", "date", "2025-09-02", "reason", "Tiêu biểu trong học tập và làm theo Bác năm 2025",
						"recipients",
						List.of(obj("kind", "COLLECTIVE", "unitId", this.fx.cellVl1()),
								obj("kind", "INDIVIDUAL", "memberId", this.fx.thangVl1()),
								obj("kind", "INDIVIDUAL", "memberId", this.fx.quyCc()))))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value(containsString("Nguyễn Thị Quý (Chi bộ ấp Cái Chanh) không thuộc Đảng ủy xã Vĩnh Bình Bắc")));
		// A collective outside: the other commune's cell.
		this.mvc
			.perform(post("/api/v1/awards").with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.write(obj("issuerUnitId", this.fx.communeVbb(), "form", "CERTIFICATE", "decisionNumber",
						"22-QĐ/ĐU", "date", "2025-09-02", "reason", "Tiêu biểu", "recipients",
						List.of(obj("kind", "COLLECTIVE", "unitId", this.fx.cellCc()))))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value(containsString("Chi bộ ấp Cái Chanh không thuộc Đảng ủy xã Vĩnh Bình Bắc")));
		// Issuing in another commune's name is out of scope.
		this.mvc
			.perform(post("/api/v1/awards").with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.write(obj("issuerUnitId", this.fx.communePd(), "form", "CERTIFICATE", "decisionNumber",
						"23-QĐ/ĐU", "date", "2025-09-02", "reason", "Tiêu biểu", "recipients",
						List.of(obj("kind", "COLLECTIVE", "unitId", this.fx.cellCc()))))))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from award", Integer.class)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from award_recipient", Integer.class))
			.isEqualTo(recipientsBefore);

		// The same refusal through the page: a message, nothing stored.
		this.mvc
			.perform(post("/awards").with(user("canbo.vbb"))
				.with(csrf())
				.param("issuerUnitId", String.valueOf(this.fx.communeVbb()))
				.param("form", "CERTIFICATE")
				.param("decisionNumber", "24-QĐ/ĐU")
				.param("date", "2025-09-02")
				.param("reason", "Tiêu biểu")
				.param("collectives", String.valueOf(this.fx.cellCc())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error",
					containsString("Chi bộ ấp Cái Chanh không thuộc Đảng ủy xã Vĩnh Bình Bắc")));
		assertThat(this.jdbc.queryForObject("select count(*) from award", Integer.class)).isEqualTo(before);
	}

	private void decision(long issuer, String number, String date, String form, List<Long> collectives,
			List<Map<String, Object>> people) throws Exception {
		call(post("/api/v1/awards"),
				obj("issuerUnitId", issuer, "form", form, "decisionNumber", number, "date", date, "reason",
						"Có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
						"recipients", recipients(collectives, people)))
			.andExpect(status().isCreated());
	}

	private static List<Object> recipients(List<Long> collectives, List<Map<String, Object>> people) {
		List<Object> out = new ArrayList<>();
		collectives.forEach(u -> out.add(obj("kind", "COLLECTIVE", "unitId", u)));
		out.addAll(people);
		return out;
	}

	private static List<Map<String, Object>> people(int n, List<Long> units) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			out.add(obj("kind", "INDIVIDUAL", "personName",
					NAMES[i % NAMES.length] + (i >= NAMES.length ? " (" + (i / NAMES.length + 1) + ")" : ""), "unitId",
					units.get(i % units.size())));
		}
		return out;
	}

	private ResultActions call(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(request.with(officer()).contentType(MediaType.APPLICATION_JSON).content(Json.write(body)));
	}

	private static RequestPostProcessor officer() {
		return httpBasic("canbo.tinh.t", Fixture.PASSWORD);
	}

}
