package vn.tuyengiao.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seeds 004 and 002 entered through the REST API as an officer would script them: the
 * live roll-up gives the reports' figures, with the rate computed as attended ÷ (total −
 * exempt − away).
 */
@IntegrationTest
class StudyCampaignApiTest extends StudyApiScript {

	@Autowired
	Fixture.Data fx;

	@Autowired
	vn.tuyengiao.register.DocumentRegister register;

	@Test
	void seed004CommuneConferenceGives178Of189() throws Exception {
		StringBuilder units = new StringBuilder(UNIT_HEADER)
			.append("S4.MT,Đảng ủy xã Mỹ Thạnh,Đảng ủy xã,T.KG,ĐU,01/01/2015,\n");
		for (int c = 1; c <= 13; c++) {
			units.append("S4.MT.CB")
				.append(c)
				.append(",Chi bộ ấp ")
				.append(c)
				.append(",Chi bộ trực thuộc,S4.MT,CB,01/01/2015,\n");
		}
		importUnits(units.toString());
		StringBuilder members = new StringBuilder(MEMBER_HEADER);
		for (int i = 0; i < 189; i++) {
			members.append(member(i, "S4.MT.CB" + (i % 13 + 1), "Đang sinh hoạt"));
		}
		importMembers(members.toString());
		long commune = unitId("S4.MT");
		long campaign = createCampaign(commune, "Học tập Chỉ thị số 05-CT/TW", "DIRECTIVE", "2016-06-13", "2017-12-31",
				"[\"PARTY_MEMBERS\",\"UNION_MEMBERS\",\"PUBLIC\"]");
		long conference = createSession(campaign, commune, "Hội nghị triển khai Chỉ thị 05", "IN_PERSON", null,
				"2017-02-15", "[\"PARTY_MEMBERS\"]");
		List<Long> ids = memberIds(commune);
		assertThat(ids).hasSize(189);
		attend(conference, ids.subList(0, 178)).andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(178));

		long unionClass = createSession(campaign, commune, "Triển khai cho đoàn viên, hội viên và nhân dân",
				"IN_PERSON", null, "2017-03-01", "[\"UNION_MEMBERS\",\"PUBLIC\"]");
		call(put("/api/v1/study/campaigns/{id}/populations", campaign),
				Map.of("unitId", commune, "audience", "UNION_MEMBERS", "population", 1620))
			.andExpect(status().isNoContent());
		call(put("/api/v1/study/campaigns/{id}/populations", campaign),
				Map.of("unitId", commune, "audience", "PUBLIC", "population", 5000))
			.andExpect(status().isNoContent());
		call(put("/api/v1/study/sessions/{id}/headcounts", unionClass),
				Map.of("unitId", commune, "audience", "UNION_MEMBERS", "attended", 1326))
			.andExpect(status().isNoContent());
		call(put("/api/v1/study/sessions/{id}/headcounts", unionClass),
				Map.of("unitId", commune, "audience", "PUBLIC", "attended", 3770))
			.andExpect(status().isNoContent());
		// A headcount above the population is refused and changes nothing.
		call(put("/api/v1/study/sessions/{id}/headcounts", unionClass),
				Map.of("unitId", commune, "audience", "PUBLIC", "attended", 5001))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("vượt quá")));

		this.mvc
			.perform(get("/api/v1/study/campaigns/{id}/rollup", campaign).param("unit", String.valueOf(commune))
				.param("asOf", "2017-03-15")
				.with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partyMembers.total").value(189))
			.andExpect(jsonPath("$.partyMembers.attended").value(178))
			.andExpect(jsonPath("$.partyMembers.ratio").value("178/189"))
			.andExpect(jsonPath("$.partyMembers.rate").value("94,18%"))
			.andExpect(jsonPath("$.partyMembers.formula").value("178 ÷ (189 − 0 − 0)"))
			.andExpect(jsonPath("$.audiences.UNION_MEMBERS.attended").value(1326))
			.andExpect(jsonPath("$.audiences.UNION_MEMBERS.population").value(1620))
			.andExpect(jsonPath("$.audiences.PUBLIC.attended").value(3770))
			.andExpect(jsonPath("$.sessions").value(2))
			.andExpect(jsonPath("$.children.length()").value(13));
		assertThat(percent(1326, 1620)).isEqualTo("81,85%");
		assertThat(percent(3770, 5000)).isEqualTo("75,40%");
	}

	@Test
	void seed002DistrictGives2825Of3153At98Point43() throws Exception {
		StringBuilder units = new StringBuilder(UNIT_HEADER)
			.append("S2.VT,Huyện ủy Vĩnh Thuận,Huyện ủy,T.KG,HU,01/01/2015,\n")
			.append("S2.VT.CQ,Chi bộ Cơ quan Huyện ủy,Chi bộ cơ sở,S2.VT,CB,01/01/2015,\n");
		List<String> communes = new ArrayList<>();
		for (int c = 1; c <= 11; c++) {
			String code = "S2.VT.X" + c;
			communes.add(code);
			units.append(code).append(",Đảng ủy xã Vĩnh Thuận ").append(c).append(",Đảng ủy xã,S2.VT,ĐU,01/01/2015,\n");
			for (int k = 1; k <= 10; k++) {
				units.append(code)
					.append(".CB")
					.append(k)
					.append(",Chi bộ ấp ")
					.append(k)
					.append(" xã ")
					.append(c)
					.append(",Chi bộ trực thuộc,")
					.append(code)
					.append(",CB,01/01/2015,\n");
			}
		}
		for (int t = 1; t <= 3; t++) {
			units.append("S2.VT.THPT")
				.append(t)
				.append(",Chi bộ Trường THPT Vĩnh Thuận ")
				.append(t)
				.append(",Chi bộ cơ sở,S2.VT,CB,01/01/2015,\n");
		}
		units.append("S2.VT.TTYT,Đảng bộ Trung tâm Y tế huyện,Đảng ủy cơ sở,S2.VT,ĐU,01/01/2015,\n");
		units.append("S2.VT.TTYT.CB1,Chi bộ Khoa Nội,Chi bộ trực thuộc,S2.VT.TTYT,CB,01/01/2015,\n");
		importUnits(units.toString());

		// 3,153 members: 182 exempt, 101 away; 2,825 of the 2,870 others attend.
		List<String> cells = new ArrayList<>();
		for (String c : communes) {
			for (int k = 1; k <= 10; k++) {
				cells.add(c + ".CB" + k);
			}
		}
		StringBuilder members = new StringBuilder(MEMBER_HEADER);
		for (int i = 0; i < 3153; i++) {
			String cell = i < 2700 ? cells.get(i % cells.size())
					: i < 2850 ? "S2.VT.THPT" + (i % 3 + 1) : i < 2950 ? "S2.VT.TTYT.CB1" : "S2.VT.CQ";
			String status = i % 17 == 0 && exempt < 182 ? "Miễn sinh hoạt"
					: i % 29 == 1 && away < 101 ? "Đi làm ăn xa" : "Đang sinh hoạt";
			if (status.startsWith("Miễn")) {
				exempt++;
			}
			else if (status.startsWith("Đi")) {
				away++;
			}
			members.append(member(i, cell, status));
		}
		assertThat(exempt).isEqualTo(182);
		assertThat(away).isEqualTo(101);
		importMembers(members.toString());

		long province = this.fx.province();
		long district = unitId("S2.VT");
		long campaign = createCampaign(province,
				"Chuyên đề năm 2020 “Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”",
				"THEMATIC_TOPIC", "2020-02-10", "2020-12-31", "[\"PARTY_MEMBERS\",\"CADRES\",\"RELIGIOUS\"]");
		long provinceClass = createSession(campaign, province, "Hội nghị trực tuyến của Tỉnh ủy", "IN_PERSON", null,
				"2020-02-18", "[\"PARTY_MEMBERS\"]");
		// District level: 5 classes, one of them online with the province.
		long online = createSession(campaign, district, "Lớp trực tuyến với Tỉnh ủy", "ONLINE", provinceClass,
				"2020-02-18", "[\"PARTY_MEMBERS\"]");
		long districtA = createSession(campaign, district, "Lớp cho đảng viên ban, ngành huyện (1)", "IN_PERSON", null,
				"2020-02-19", "[\"PARTY_MEMBERS\"]");
		createSession(campaign, district, "Lớp cho đảng viên ban, ngành huyện (2)", "IN_PERSON", null, "2020-02-20",
				"[\"PARTY_MEMBERS\"]");
		createSession(campaign, district, "Lớp với Liên đoàn Lao động huyện", "IN_PERSON", null, "2020-02-21",
				"[\"CADRES\"]");
		createSession(campaign, district, "Lớp với Ủy ban MTTQ huyện cho chức sắc, chức việc, nhà tu hành", "IN_PERSON",
				null, "2020-02-21", "[\"RELIGIOUS\"]");
		List<Long> communeClasses = new ArrayList<>();
		for (String c : communes) {
			communeClasses.add(createSession(campaign, unitId(c), "Lớp của xã", "IN_PERSON", null, "2020-02-24",
					"[\"PARTY_MEMBERS\"]"));
		}
		List<Long> schoolClasses = new ArrayList<>();
		for (int t = 1; t <= 3; t++) {
			schoolClasses.add(createSession(campaign, unitId("S2.VT.THPT" + t), "Lớp của trường", "IN_PERSON", null,
					"2020-02-25", "[\"PARTY_MEMBERS\"]"));
		}
		long health1 = createSession(campaign, unitId("S2.VT.TTYT"), "Lớp Trung tâm Y tế (1)", "IN_PERSON", null,
				"2020-02-26", "[\"PARTY_MEMBERS\"]");
		createSession(campaign, unitId("S2.VT.TTYT"), "Lớp Trung tâm Y tế (2)", "IN_PERSON", null, "2020-02-27",
				"[\"PARTY_MEMBERS\"]");

		// Everyone on the roll attends except 45 of the members of the last commune.
		int skipped = 0;
		int attended = 0;
		for (int c = 0; c < communes.size(); c++) {
			List<Map<String, Object>> rows = members(unitId(communes.get(c)));
			List<Long> present = new ArrayList<>();
			for (Map<String, Object> r : rows) {
				if (!"ACTIVE".equals(r.get("status"))) {
					continue;
				}
				if (c == communes.size() - 1 && skipped < 45) {
					skipped++;
					continue;
				}
				present.add(((Number) r.get("id")).longValue());
			}
			attend(communeClasses.get(c), present).andExpect(status().isOk());
			attended += present.size();
		}
		for (int t = 1; t <= 3; t++) {
			attended += attendActive(schoolClasses.get(t - 1), unitId("S2.VT.THPT" + t));
		}
		attended += attendActive(health1, unitId("S2.VT.TTYT"));
		attended += attendActive(districtA, unitId("S2.VT.CQ"));
		assertThat(attended).isEqualTo(2825);
		assertThat(online).isPositive();

		this.mvc
			.perform(get("/api/v1/study/campaigns/{id}/rollup", campaign).param("unit", String.valueOf(district))
				.param("asOf", "2020-02-27")
				.with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sessions").value(21))
			.andExpect(jsonPath("$.partyMembers.total").value(3153))
			.andExpect(jsonPath("$.partyMembers.exempt").value(182))
			.andExpect(jsonPath("$.partyMembers.away").value(101))
			.andExpect(jsonPath("$.partyMembers.attended").value(2825))
			.andExpect(jsonPath("$.partyMembers.ratio").value("2.825/3.153"))
			.andExpect(jsonPath("$.partyMembers.rate").value("98,43%"));

		// The report, drafted into the register of the district's propaganda department
		// (two reports were numbered before it), issued: number 03, DOCX and PDF stored.
		var body = this.register.createBody(vn.tuyengiao.common.Scope.system(), district, "Ban Tuyên giáo Huyện ủy",
				"BTG", "HUYỆN ỦY VĨNH THUẬN", "Vĩnh Thuận");
		this.register.createTerm(vn.tuyengiao.common.Scope.system(), district, "Nhiệm kỳ 2015–2020",
				java.time.LocalDate.of(2015, 10, 1), java.time.LocalDate.of(2020, 9, 30));
		this.register.issue(vn.tuyengiao.common.Scope.system(), body.getId(), "BC", "Báo cáo sơ kết",
				java.time.LocalDate.of(2020, 1, 10));
		this.register.issue(vn.tuyengiao.common.Scope.system(), body.getId(), "BC", "Báo cáo tháng",
				java.time.LocalDate.of(2020, 2, 1));
		String draftUrl = this.mvc
			.perform(post("/study/campaigns/{id}/report/draft", campaign)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("canbo.tinh.t"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("unit", String.valueOf(district))
				.param("asOf", "2020-02-27")
				.param("body", String.valueOf(body.getId()))
				.param("signerTitle", "TRƯỞNG BAN")
				.param("signerName", "Nguyễn Văn Tư"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long draft = Long.parseLong(draftUrl.substring("/register/drafts/".length()));
		this.mvc
			.perform(post("/api/v1/register/drafts/{id}/issue", draft).with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value("03-BC/BTG"));
		byte[] docx = this.mvc.perform(get("/api/v1/register/drafts/{id}.docx", draft).with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String word;
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			word = extractor.getText();
		}
		assertThat(word).contains("Số 03-BC/BTG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Thuận, ngày 27 tháng 02 năm 2020",
				"BÁO CÁO", "21 lớp", "2.825/3.153", "98,43%", "182 đảng viên miễn sinh hoạt, miễn công tác",
				"101 đảng viên xin đi làm ăn xa", "Tổ chức ở cấp huyện 05 lớp (01 lớp trực tuyến)",
				"các xã, phường, thị trấn tổ chức 11 lớp", "Nơi nhận:", "TRƯỞNG BAN", "Nguyễn Văn Tư");
		// Reads like an official wrote it: the three high schools as one group, the title
		// not doubled, no capital mid-sentence, the wording following the 98,43% rate,
		// one
		// full stop, no empty count.
		assertThat(word).contains("các Trường THPT tổ chức 03 lớp", "Đảng bộ Trung tâm Y tế huyện 02 lớp",
				"Toàn Đảng bộ huyện đã tổ chức triển khai học tập Chuyên đề năm 2020",
				"tính đến ngày 27 tháng 02 năm 2020, toàn Đảng bộ huyện tổ chức xong 21 lớp",
				"Việc triển khai học tập được thực hiện nghiêm túc, đạt yêu cầu; tỷ lệ đảng viên tiếp thu đạt 98,43%.")
			.doesNotContain("Chi bộ Trường THPT Vĩnh Thuận 1 01 lớp", "học tập học tập", "..", " 00 ", "2020, Toàn");
		byte[] pdf = this.mvc.perform(get("/api/v1/register/drafts/{id}.pdf", draft).with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
			assertThat(text).contains("Số 03-BC/BTG", "21 lớp", "2.825/3.153", "98,43%",
					"182 đảng viên miễn sinh hoạt");
		}
		// The preview never prints a number, whatever the request says.
		byte[] preview = this.mvc
			.perform(get("/api/v1/study/campaigns/{id}/report.docx", campaign).param("unit", String.valueOf(district))
				.param("asOf", "2020-02-27")
				.param("body", String.valueOf(body.getId()))
				.param("number", "3")
				.with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(preview));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).doesNotContain("Số 03-BC/BTG").contains("-BC/BTG");
		}
	}

	@Test
	void badInputIsRefusedAndNothingIsHalfWritten() throws Exception {
		long commune = this.fx.communeVbb();
		long campaign = createCampaign(commune, "Học tập Nghị quyết Đại hội Đảng bộ xã", "RESOLUTION", "2025-08-01",
				"2025-10-31", "[\"PARTY_MEMBERS\"]");
		// A class dated outside the campaign.
		call(post("/api/v1/study/campaigns/{id}/sessions", campaign),
				Map.of("organiserUnitId", commune, "title", "Lớp muộn", "heldOn", "2025-11-05", "audiences",
						List.of("PARTY_MEMBERS")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString(
					"Ngày học 05/11/2025 nằm ngoài thời gian của đợt học tập (từ 01/08/2025 đến 31/10/2025)")));
		long session = createSession(campaign, commune, "Lớp chính", "IN_PERSON", null, "2025-09-10",
				"[\"PARTY_MEMBERS\"]");
		// A member outside the class's scope (Phong Đông), alongside a valid one: nothing
		// is written.
		attend(session, List.of(this.fx.thangVl1(), this.fx.leThangCc())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Lê Văn Thắng")));
		// A duplicate row.
		attend(session, List.of(this.fx.hoaVl1(), this.fx.hoaVl1())).andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/study/campaigns/{id}/rollup", campaign).param("unit", String.valueOf(commune))
				.with(officer()))
			.andExpect(jsonPath("$.partyMembers.attended").value(0));
		attend(session, List.of(this.fx.thangVl1())).andExpect(status().isOk());
		attend(session, List.of(this.fx.thangVl1())).andExpect(status().isConflict());
		// Another commune's officer cannot record attendance here.
		this.mvc
			.perform(post("/api/v1/study/sessions/{id}/attendance", session).with(httpBasic("xem.pd", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"memberIds\":[" + this.fx.hoaVl1() + "]}"))
			.andExpect(status().isForbidden());
	}

	private int exempt;

	private int away;

}
