package vn.tuyengiao.copydetection;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.generator.CommitmentGenerator;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Copy detection through the pages and the API, with the fixture's accounts: Nguyễn Văn
 * Thắng (Vĩnh Bình Bắc) copied the text of Lê Văn Thắng (Phong Đông), and Trần Thị Hòa
 * (Vĩnh Bình Bắc) copied Nguyễn Văn Thắng's. The commune officer of Vĩnh Bình Bắc sees
 * and decides the pair inside his commune, not the one reaching into Phong Đông; the
 * province sees both.
 */
@IntegrationTest
class CopyPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CommitmentService commitments;

	@Autowired
	CopyFindings findings;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	@Test
	void officersSeeAndDecideOnlyPairsWithinTheirScope() throws Exception {
		int year = 2051;
		CommitmentCampaign c = this.commitments.createCampaign(Scope.system(),
				new CommitmentService.NewCampaign(this.fx.province(), year, CommitmentKind.YEARLY_COMMITMENT, null,
						LocalDate.of(year, 1, 10), LocalDate.of(year, 3, 31), false, true,
						CommitmentGenerator.TEMPLATE));
		Commitment farAway = this.commitments.save(Scope.system(), c.id(), this.fx.leThangCc(),
				CommitmentService.Draft.text(CopyTexts.independent(201)), null);
		Commitment thang = this.commitments.save(Scope.system(), c.id(), this.fx.thangVl1(),
				CommitmentService.Draft.text(CopyTexts.disguised(farAway.body(), 41, 30)), null);
		Commitment hoa = this.commitments.save(Scope.system(), c.id(), this.fx.hoaVl1(),
				CommitmentService.Draft.text(CopyTexts.disguised(thang.body(), 43, 30)), null);
		CopyFindings.Finding inside = this.findings.forCommitment(Scope.system(), hoa.id())
			.stream()
			.filter(f -> f.otherThan(hoa.id()).commitmentId() == thang.id())
			.findFirst()
			.orElseThrow();
		CopyFindings.Finding across = this.findings.forCommitment(Scope.system(), thang.id())
			.stream()
			.filter(f -> f.otherThan(thang.id()).commitmentId() == farAway.id())
			.findFirst()
			.orElseThrow();

		String hoaName = inside.otherThan(thang.id()).memberName();
		// The commitment page, which is also the sign-off screen: the similar commitment
		// inside the commune with its
		// percentage; the one in Phong Đông is not named.
		this.mvc.perform(get("/commitments/{id}", thang.id()).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bản cam kết giống bản này")))
			.andExpect(content().string(containsString("trùng " + inside.percentOf(thang.id()))))
			.andExpect(content().string(containsString(hoaName)))
			.andExpect(content().string(containsString("Giống bản cam kết của đảng viên khác")))
			.andExpect(content().string(not(containsString("Lê Văn Thắng"))))
			.andExpect(content().string(containsString("/commitments/copies/" + inside.id())))
			.andExpect(content().string(not(containsString("/commitments/copies/" + across.id()))));
		this.mvc.perform(get("/commitments/{id}", hoa.id()).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("trùng " + inside.percentOf(hoa.id()))))
			.andExpect(content().string(containsString("signoff-form")));
		this.mvc.perform(get("/commitments/{id}", thang.id()).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lê Văn Thắng")))
			.andExpect(content().string(containsString("/commitments/copies/" + across.id())));

		// Side by side: highlighted passages on both sides; the pair reaching outside the
		// commune is refused.
		this.mvc
			.perform(get("/commitments/copies/{id}", inside.id()).param("from", String.valueOf(hoa.id()))
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("So sánh hai bản cam kết")))
			.andExpect(content().string(containsString("<mark data-passage=\"0\">")))
			.andExpect(content().string(containsString("decision-form")))
			// The figures in plain words an official reads, not the measure's name.
			.andExpect(content().string(containsString("tính trên nội dung của cả hai bản")))
			.andExpect(content().string(not(containsString("Jaccard"))));
		this.mvc.perform(get("/commitments/copies/{id}", across.id()).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/commitments/copies/{id}", across.id()).with(user("bithu.cc")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/commitments/copies/{id}", across.id()).with(user("canbo.tinh.t")))
			.andExpect(status().isOk());

		// The campaign's list for the commune: the inside pair and its cluster only.
		this.mvc
			.perform(get("/commitments/campaigns/{id}/copies", c.id())
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhóm bản cam kết gần giống nhau")))
			.andExpect(content().string(containsString("2 bản gần giống nhau — Chi bộ ấp Vĩnh Lộc 1")))
			.andExpect(content().string(containsString("data-finding=\"" + inside.id() + "\"")))
			.andExpect(content().string(not(containsString("data-finding=\"" + across.id() + "\""))));
		this.mvc
			.perform(
					get("/commitments/campaigns/{id}/copies", c.id()).param("unit", String.valueOf(this.fx.communePd()))
						.with(user("canbo.vbb")))
			.andExpect(status().isForbidden());

		// The export (issue 12, defect 5): the pairs the list shows, both cells named; a
		// sibling commune's refused.
		byte[] xlsx = this.mvc
			.perform(get("/commitments/campaigns/{id}/copies/export.xlsx", c.id())
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đảng viên");
			String row = sheet.getRow(1).getCell(1) + " | " + sheet.getRow(1).getCell(4) + " | "
					+ sheet.getRow(1).getCell(2);
			assertThat(row).contains("Nguyễn Văn Thắng", "Trần Thị Hòa", "Chi bộ ấp Vĩnh Lộc 1")
				.doesNotContain("Lê Văn Thắng");
		}
		this.mvc
			.perform(get("/commitments/campaigns/{id}/copies/export.xlsx", c.id())
				.param("unit", String.valueOf(this.fx.communePd()))
				.with(user("canbo.vbb")))
			.andExpect(status().isForbidden());

		// The API, same rules.
		this.mvc
			.perform(get("/api/v1/commitments/{id}/similar", thang.id()).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].findingId").value(inside.id()))
			.andExpect(jsonPath("$[0].other.memberName").value(hoaName))
			.andExpect(jsonPath("$[0].sameMember").value(false));
		this.mvc
			.perform(get("/api/v1/commitments/copies/{id}", inside.id()).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leftText").value(hoa.body()))
			.andExpect(jsonPath("$.rightText").value(thang.body()))
			.andExpect(jsonPath("$.passages[0].aEnd").isNumber());
		this.mvc
			.perform(get("/api/v1/commitments/copies/{id}", across.id()).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/commitments/copies/{id}/decision", across.id())
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"FALSE_ALARM\",\"comment\":\"x\",\"version\":0}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/commitments/campaigns/{id}/copies", c.id())
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc
			.perform(get("/api/v1/commitments/campaigns/{id}/copy-clusters", c.id())
				.param("unit", String.valueOf(this.fx.province()))
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].members", hasSize(3)));

		// Deciding: not the cell's own secretary; the commune officer through the page; a
		// stale version through the API.
		this.mvc
			.perform(post("/commitments/copies/{id}/decision", inside.id()).param("status", "CONFIRMED_COPY")
				.param("version", "0")
				.with(user("bithu.vl1"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/commitments/copies/{id}/decision", inside.id()).param("status", "FALSE_ALARM")
				.param("comment", "")
				.param("version", "0")
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "Kết luận \"không phải sao chép\" cần ghi rõ lý do."));
		this.mvc
			.perform(post("/commitments/copies/{id}/decision", inside.id()).param("status", "CONFIRMED_COPY")
				.param("comment", "Chép của đồng chí Thắng, đảo thứ tự câu")
				.param("version", "0")
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã ghi nhận: bản cam kết bị sao chép."));
		this.mvc
			.perform(post("/api/v1/commitments/copies/{id}/decision", inside.id())
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"FALSE_ALARM\",\"comment\":\"Tự viết\",\"version\":0}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/commitments/copies/{id}/decision", across.id())
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"FALSE_ALARM\",\"comment\":\"Cùng dự thảo của xã\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FALSE_ALARM"))
			.andExpect(jsonPath("$.decidedBy").value("canbo.tinh.t"));
		assertThat(this.findings.finding(Scope.system(), inside.id()).status()).isEqualTo(CopyStatus.CONFIRMED_COPY);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'CopyFinding' and entity_id = :id",
				Map.of("id", inside.id()), Integer.class))
			.isEqualTo(1);
		this.mvc.perform(get("/commitments/copies/{id}", inside.id()).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xác nhận sao chép")))
			.andExpect(content().string(containsString("Chép của đồng chí Thắng, đảo thứ tự câu")));
	}

}
