package vn.tuyengiao.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.internal.RegisterDraft;
import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Signature;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's figure: issuing (number + render DOCX and PDF + store both) a 12-page
 * province report, p95 over {@value #RUNS} issues after {@value #WARMUP} warm-up ones.
 * Runs only when asked: {@code -Dbench.issue=true} (see docs/benchmarks.md).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench.issue", matches = "true")
class IssueBenchTest {

	private static final int WARMUP = 5;

	private static final int RUNS = 30;

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

	@Test
	void issuingATwelvePageProvinceReport() throws Exception {
		long unit = this.orgChanges
			.create(Scope.system(),
					new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy Khối đo hiệu năng", "IB.K",
							"ĐU", LocalDate.of(2010, 1, 1)))
			.getId();
		IssuingBody body = this.register.createBody(Scope.system(), unit, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVB",
				"TỈNH ỦY TRÀ VINH", "Trà Vinh");
		this.register.createTerm(Scope.system(), unit, "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 7, 1), null);
		PartyDocument doc = provinceReport();
		List<Long> ms = new ArrayList<>();
		long pdfPages = 0;
		for (int i = 0; i < WARMUP + RUNS; i++) {
			RegisterDraft d = this.drafts.create(Scope.system(),
					new ReportDrafts.NewDraft("study", "", body.getId(), "BC", doc));
			long t0 = System.nanoTime();
			var issued = this.drafts.issue(Scope.system(), d.getId(), 0L);
			long t = (System.nanoTime() - t0) / 1_000_000;
			if (i >= WARMUP) {
				ms.add(t);
			}
			if (i == 0) {
				var pdf = this.files.rendered(Scope.system(), issued.document().getId(), RegisterFiles.PDF);
				try (var p = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
					pdfPages = p.getNumberOfPages();
				}
			}
		}
		List<Long> sorted = ms.stream().sorted().toList();
		long p50 = sorted.get(sorted.size() / 2);
		long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
		System.out.printf("ISSUE-BENCH pages=%d runs=%d p50=%d ms p95=%d ms max=%d ms%n", pdfPages, RUNS, p50, p95,
				sorted.get(sorted.size() - 1));
		assertThat(pdfPages).isBetween(11L, 14L);
	}

	/** A province study report's shape, long enough for about 12 pages of A4. */
	static PartyDocument provinceReport() {
		PartyDocument.Builder b = PartyDocument
			.builder(new DocumentHeader("TỈNH ỦY TRÀ VINH", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "Số -BC/BTGDVB", "Trà Vinh",
					LocalDate.of(2025, 12, 20)), DocumentType.REPORT)
			.subject("kết quả học tập, quán triệt, tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ tỉnh",
					"lần thứ XII, nhiệm kỳ 2025–2030");
		for (int s = 1; s <= 11; s++) {
			b.heading(s + ".", "Kết quả thực hiện ở khối đơn vị thứ " + s);
			for (int p = 0; p < 5; p++) {
				b.draft("Các cấp ủy, tổ chức đảng trong khối đã tổ chức học tập, quán triệt nghị quyết bằng hình thức "
						+ "trực tiếp kết hợp trực tuyến; tỷ lệ cán bộ, đảng viên tham dự đạt 98,43%, cao hơn cùng kỳ; "
						+ "sau học tập, 2.825 đảng viên đã viết bản thu hoạch và xây dựng kế hoạch làm theo, gắn với "
						+ "nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương và việc thực hiện Chỉ thị 05-CT/TW.");
			}
			List<List<String>> rows = new ArrayList<>();
			for (int r = 1; r <= 12; r++) {
				rows.add(List.of(Integer.toString(r), "Đảng ủy xã số " + r, "1.2" + r % 10 + "0", "1.1" + r % 10 + "5",
						"9" + r % 10 + ",12%"));
			}
			b.table("Bảng " + s + ". Kết quả học tập theo đơn vị",
					List.of("TT", "Đơn vị", "Đảng viên", "Đã học", "Tỷ lệ"), rows);
		}
		return b.recipients(Recipients.of("Ban Tuyên giáo và Dân vận Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)"))
			.signature(Signature.head("TRƯỞNG BAN", "Nguyễn Văn Nam"))
			.build();
	}

}
