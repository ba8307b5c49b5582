package vn.tuyengiao.register;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.IssuingBody.Authority;
import vn.tuyengiao.register.IssuingBody.Kind;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000 (/work/shared/seeds): the historical Ban Tuyên giáo Huyện ủy Vĩnh Thuận issues
 * its third report of the 2015–2020 term on 25 August 2020. Set up as a user would,
 * drafted, issued: the stored DOCX and PDF say what the seed says, in its form.
 */
@IntegrationTest
class Seed000IssueTest {

	@Autowired
	RegisterSetup setup;

	@Autowired
	DocumentRegister register;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	RegisterFiles files;

	@Autowired
	OrgService orgChanges;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	@Test
	void theDistrictPropagandaDepartmentIssuesReport03BcBtg() throws Exception {
		OrgUnit district = this.orgChanges.create(this.system, new NewUnit(this.fx.province(),
				OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Vĩnh Thuận", "T.S000.VT", "HU", LocalDate.of(2015, 1, 1)));
		IssuingBody btg = this.setup.createBody(this.system,
				new RegisterSetup.BodyForm(district.getId(), "Ban Tuyên giáo Huyện ủy", "BTG", Kind.DEPARTMENT,
						"Huyện ủy Vĩnh Thuận", "Vĩnh Thuận", Authority.NONE, "TRƯỞNG BAN", "Võ Thanh Xuân",
						"- Thường trực Huyện ủy (b/c);\n- Ban Tuyên giáo các xã, thị trấn;\n- Lãnh đạo Ban;\n- Lưu.",
						null));
		this.setup.createTerm(this.system, new RegisterSetup.TermForm(district.getId(), "Nhiệm kỳ 2015–2020",
				LocalDate.of(2015, 10, 1), LocalDate.of(2020, 9, 30), null));
		this.register.issue(this.system, btg.getId(), "BC", "Báo cáo sơ kết 6 tháng", LocalDate.of(2020, 7, 10));
		this.register.issue(this.system, btg.getId(), "BC", "Báo cáo tháng 7", LocalDate.of(2020, 8, 1));

		LocalDate date = LocalDate.of(2020, 8, 25);
		PartyDocument seed = PartyDocument
			.builder(ReportPages.header(btg, district.getName(), "HU", "Vĩnh Thuận", date), DocumentType.REPORT)
			.subject("kết quả làm việc với các xã, thị trấn về việc triển khai học tập và tổ chức thực hiện "
					+ "Chuyên đề năm 2020; khảo sát các mô hình học tập và làm theo Bác có hiệu quả")
			.paragraph("Thực hiện Kế hoạch số 92-KH/HU, ngày 03-3-2020 của Ban Thường vụ Huyện ủy về triển khai, "
					+ "thực hiện Chuyên đề năm 2020. Ban Tuyên giáo Huyện ủy thành lập tổ đi làm việc với các xã, "
					+ "thị trấn, kết quả đạt được như sau:")
			.heading("1.", "Kết quả thực hiện")
			.heading(2, "*", "Ưu điểm:")
			.draft("Nhìn chung, Đảng ủy các xã, thị trấn quan tâm chỉ đạo thực hiện tốt việc triển khai học tập "
					+ "và tổ chức thực hiện Chuyên đề năm 2020.")
			.heading("2.", "Những đề xuất, kiến nghị")
			.item("Chi bộ ấp Vĩnh Lộc 1, xã Tân Thuận, kiến nghị Khu Chợ nổi ghe neo đậu thường bỏ rác xuống sông "
					+ "gây ô nhiễm môi trường.")
			.recipients(btg.defaultRecipients())
			.signature(btg.signature())
			.build();
		var draft = this.drafts.create(this.system, new ReportDrafts.NewDraft("manual", "", btg.getId(), "BC", seed));
		var issued = this.drafts.issue(this.system, draft.getId(), draft.getVersion());
		assertThat(issued.reference()).isEqualTo("03-BC/BTG");

		long entry = issued.document().getId();
		String word = oneLine(
				ReportDraftingTest.DocText.docx(this.files.rendered(this.system, entry, RegisterFiles.DOCX).bytes()));
		String pdf = oneLine(
				ReportDraftingTest.DocText.pdf(this.files.rendered(this.system, entry, RegisterFiles.PDF).bytes()));
		for (String text : new String[] { word, pdf }) {
			assertThat(text)
				.contains("HUYỆN ỦY VĨNH THUẬN", "BAN TUYÊN GIÁO", "Số 03-BC/BTG",
						"Vĩnh Thuận, ngày 25 tháng 8 năm 2020", "TRƯỞNG BAN", "Võ Thanh Xuân",
						"Thường trực Huyện ủy (b/c);", "Ban Tuyên giáo các xã, thị trấn;", "Lãnh đạo Ban;", "- Lưu.")
				.doesNotContain("BAN TUYÊN GIÁO HUYỆN ỦY", "T/M");
		}
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
