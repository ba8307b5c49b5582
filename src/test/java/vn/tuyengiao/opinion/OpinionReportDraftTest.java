package vn.tuyengiao.opinion;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The monthly opinion report goes into the commune's register as a draft and is issued
 * there with the commune's own number, its figures as drafted.
 */
@IntegrationTest
class OpinionReportDraftTest extends OpinionTestSupport {

	@Autowired
	OrgService orgs;

	@Autowired
	DocumentRegister register;

	@Autowired
	ReportDrafts drafts;

	@Test
	void theMonthlyReportIsDraftedIntoTheRegisterAndIssuedWithItsNumber() throws Exception {
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit commune = this.orgs.create(Scope.system(), new NewUnit(this.fx.province(),
				OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Vĩnh Phong", "OP.VP", "ĐU", from));
		OrgUnit cell = this.orgs.create(Scope.system(),
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Thạnh", "OP.VP.VT", "CB", from));
		IssuingBody body = this.register.createBody(Scope.system(), commune.getId(),
				"Ban Tuyên giáo và Dân vận Đảng ủy xã", "BTGDVVP", "ĐẢNG ỦY XÃ VĨNH PHONG", "Vĩnh Phong");
		this.register.createTerm(Scope.system(), commune.getId(), "Nhiệm kỳ 2025–2030 (OP)", from, null);
		long land = topic("Bồi thường");
		item("canbo.tinh.t", cell.getId(), "2026-10-05", land, "OPPOSE", "HIGH", "WIDER",
				"Các hộ bị thu hồi đất làm đường cho rằng giá bồi thường thấp");
		item("canbo.tinh.t", cell.getId(), "2026-10-08", land, "HESITANT", "MEDIUM", "COMMUNE",
				"Người dân chờ phương án tái định cư");

		MvcResult drafted = this.mvc
			.perform(post("/opinion/report/draft").with(user("canbo.tinh.t"))
				.with(csrf())
				.param("unit", String.valueOf(commune.getId()))
				.param("from", "2026-10-01")
				.param("to", "2026-10-31")
				.param("body", String.valueOf(body.getId())))
			.andExpect(redirectedUrlPattern("/register/drafts/*"))
			.andReturn();
		long id = Long.parseLong(drafted.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		this.drafts.issue(Scope.system(), id, 0L, false);
		ReportDrafts.Draft doc = this.drafts.get(Scope.system(), id);
		assertThat(doc.number()).isEqualTo("Số 01-BC/BTGDVVP");
		assertThat(doc.document().subject()).containsExactly("tình hình dư luận xã hội tháng 10 năm 2026");
		assertThat(doc.document().body().toString()).contains("đã ghi nhận 02 ý kiến tại 01 đơn vị về 01 vấn đề")
			.contains("Chi bộ ấp Vĩnh Thạnh")
			.contains("01 ý kiến ở mức độ cao");
	}

}
