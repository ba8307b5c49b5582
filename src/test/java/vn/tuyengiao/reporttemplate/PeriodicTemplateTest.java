package vn.tuyengiao.reporttemplate;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.reporttemplate.ReportTemplate.Fill;
import vn.tuyengiao.reporttemplate.ReportTemplate.Section;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in six- and nine-month report of a commune carries a section from every
 * module's data — cell meetings, book cabinets and party press among them (issue 14 item
 * 5) — and every source it names is registered, so no section comes out as "no data".
 */
@IntegrationTest
class PeriodicTemplateTest {

	@Autowired
	ReportTemplates templates;

	@Autowired
	DocumentRegister register;

	@Autowired
	UserService users;

	@Autowired
	Fixture.Data fx;

	@Test
	void theSixMonthReportDraftsEverySectionFromData() {
		ReportTemplate periodic = this.templates.forReportType("SIX_MONTHS").orElseThrow();
		assertThat(periodic.code()).isEqualTo("TG-KY-XA");
		assertThat(this.templates.forReportType("NINE_MONTHS")).get()
			.extracting(ReportTemplate::code)
			.isEqualTo("TG-KY-XA");
		List<String> keys = periodic.sections()
			.stream()
			.filter(s -> s.fill() == Fill.SOURCE)
			.map(Section::sourceKey)
			.toList();
		assertThat(keys).containsExactly("study.results", "commitment.signing", "emulation.models",
				"meeting.cell-meetings", "bookcabinet.cabinets", "press.subscriptions", "opinion.monthly",
				"supervision.visits", "recommendation.responses");
		assertThat(this.templates.sources()).extracting(SourceInfo::key).containsAll(keys);

		boolean hasBody = this.register.bodies(Scope.system())
			.stream()
			.anyMatch(b -> b.getUnitId() == this.fx.communeVbb() && b.canNumber());
		if (!hasBody) {
			this.register.createBody(Scope.system(), this.fx.communeVbb(), "Đảng ủy xã Vĩnh Bình Bắc", "ĐU", null,
					"Vĩnh Bình Bắc");
			this.register.createTerm(Scope.system(), this.fx.communeVbb(), "Nhiệm kỳ 2025–2030",
					LocalDate.of(2025, 7, 1), null);
		}
		PartyDocument doc = this.templates.document(this.users.scopeOf("canbo.vbb"), periodic.id(),
				new ReportTemplates.DraftRequest(this.fx.communeVbb(), LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 6, 30), null, null, null, null));
		assertThat(doc.subject()).containsExactly(
				"Kết quả công tác tuyên giáo từ 01/01/2026 đến 30/06/2026, phương hướng, nhiệm vụ thời gian tới");
		assertThat(doc.body()).filteredOn(b -> b instanceof Block.Heading)
			.extracting(b -> ((Block.Heading) b).text())
			.contains("Sinh hoạt chi bộ", "Tủ sách cơ sở", "Đặt mua báo, tạp chí của Đảng", "Kiểm tra, giám sát");
		// Every section wrote something of its own, and none says its source is missing.
		assertThat(doc.body()).noneMatch(b -> b instanceof Block.Paragraph p && p.text().contains("Chưa có dữ liệu"));
		assertThat(doc.body()).anyMatch(b -> b instanceof Block.Paragraph p && p.draft());
	}

}
