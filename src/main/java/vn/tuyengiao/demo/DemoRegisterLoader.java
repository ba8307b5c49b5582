package vn.tuyengiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.IssuingBody.Authority;
import vn.tuyengiao.register.IssuingBody.Kind;
import vn.tuyengiao.register.RegisterSetup;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;

/**
 * The demo's register: the province's Ban Tuyên giáo và Dân vận, a commune's Ban Xây dựng
 * Đảng and the historical district Ban Tuyên giáo Huyện ủy Vĩnh Thuận of the seeds, their
 * terms, and a few issued documents. Their DOCX and PDF are rendered on first download
 * (not here), so the demo starts as fast as before. Runs after the province is loaded,
 * only when no issuing body exists yet; it reads the tree as the province loader left it
 * (names included).
 */
@Component
@Order(6)
class DemoRegisterLoader implements ApplicationRunner {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final OrgUnits org;

	private final RegisterSetup setup;

	private final DocumentRegister register;

	private final ReportDrafts drafts;

	private final TransactionTemplate tx;

	private final DemoDataDone done;

	private final Clock clock;

	DemoRegisterLoader(OrgUnits org, RegisterSetup setup, DocumentRegister register, ReportDrafts drafts,
			TransactionTemplate tx, DemoDataDone done, Clock clock) {
		this.org = org;
		this.setup = setup;
		this.register = register;
		this.drafts = drafts;
		this.tx = tx;
		this.done = done;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Scope system = Scope.system();
		if (!this.done.wanted() || !this.register.bodies(system).isEmpty()) {
			return;
		}
		List<OrgUnit> roots = this.org.roots(system);
		Optional<OrgUnit> province = roots.stream()
			.filter(u -> u.getKind() == OrgUnitKind.PROVINCIAL_COMMITTEE)
			.findFirst();
		if (province.isEmpty()) {
			return;
		}
		this.done.load("register", () -> this.tx.executeWithoutResult(status -> load(system, province.get())));
	}

	void load(Scope system, OrgUnit province) {
		LocalDate today = LocalDate.now(this.clock);
		String provinceName = province.getName().toUpperCase(VI);
		IssuingBody btgdv = this.setup.createBody(system,
				new RegisterSetup.BodyForm(province.getId(), "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVTU",
						Kind.DEPARTMENT, provinceName, place(province.getName()), Authority.KT, "PHÓ TRƯỞNG BAN",
						"Nguyễn Thị Minh Hạnh",
						"Ban Tuyên giáo và Dân vận Trung ương (b/c);\nThường trực Tỉnh ủy (b/c);\n"
								+ "Ban Tuyên giáo và Dân vận các đảng bộ trực thuộc;\nLưu.",
						null));
		this.setup.createTerm(system, new RegisterSetup.TermForm(province.getId(), "Nhiệm kỳ 2020–2025",
				LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30), null));
		this.setup.createTerm(system, new RegisterSetup.TermForm(province.getId(), "Nhiệm kỳ 2025–2030",
				LocalDate.of(2025, 10, 1), null, null));
		LocalDate recent = today.isBefore(LocalDate.of(2025, 10, 20)) ? LocalDate.of(2025, 10, 20)
				: today.minusDays(10);
		issue(system, btgdv, "KH", recent.minusDays(20),
				"tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng",
				"Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng kế hoạch tuyên truyền các ngày lễ lớn, sự kiện lịch sử "
						+ "quan trọng; các đảng bộ trực thuộc triển khai thực hiện phù hợp với tình hình địa phương.");
		issue(system, btgdv, "BC", recent,
				"kết quả công tác tuyên giáo và dân vận tháng " + recent.getMonthValue() + " năm " + recent.getYear(),
				"Trong tháng, Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy triển khai các "
						+ "nhiệm vụ trọng tâm; nắm bắt tình hình tư tưởng, dư luận xã hội kịp thời.");

		this.org.children(system, province.getId())
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.findFirst()
			.ifPresent(commune -> {
				IssuingBody bxd = this.setup.createBody(system,
						new RegisterSetup.BodyForm(commune.getId(), "Ban Xây dựng Đảng Đảng ủy xã", "BXDĐ",
								Kind.DEPARTMENT, commune.getName(), place(commune.getName()), Authority.NONE,
								"TRƯỞNG BAN", "Trần Văn Bình",
								"Thường trực Đảng ủy (b/c);\nCác chi bộ trực thuộc;\nLưu.", null));
				this.setup.createTerm(system, new RegisterSetup.TermForm(commune.getId(), "Nhiệm kỳ 2025–2030",
						LocalDate.of(2025, 7, 1), null, null));
				issue(system, bxd, "BC", recent, "kết quả học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã",
						"Đảng ủy xã đã tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025–2030 "
								+ "đến các chi bộ trực thuộc.");
			});

		this.org.children(system, province.getId())
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.DISTRICT_COMMITTEE && u.getName().endsWith("Vĩnh Thuận"))
			.findFirst()
			.ifPresent(district -> {
				IssuingBody btg = this.setup.createBody(system,
						new RegisterSetup.BodyForm(district.getId(), "Ban Tuyên giáo Huyện ủy", "BTG", Kind.DEPARTMENT,
								district.getName(), "Vĩnh Thuận", Authority.NONE, "TRƯỞNG BAN", "Võ Thanh Xuân",
								"Thường trực Huyện ủy (b/c);\nBan Tuyên giáo các xã, thị trấn;\nLãnh đạo Ban;\nLưu.",
								null));
				this.setup.createTerm(system, new RegisterSetup.TermForm(district.getId(), "Nhiệm kỳ 2015–2020",
						LocalDate.of(2015, 10, 1), LocalDate.of(2020, 9, 30), null));
				this.setup.createTerm(system, new RegisterSetup.TermForm(district.getId(), "Nhiệm kỳ 2020–2025",
						LocalDate.of(2020, 10, 1), LocalDate.of(2025, 6, 30), null));
				issue(system, btg, "BC", LocalDate.of(2020, 2, 27), "kết quả triển khai học tập Chuyên đề năm 2020",
						"Ban Tuyên giáo Huyện ủy báo cáo kết quả triển khai học tập Chuyên đề năm 2020 trên địa bàn "
								+ "huyện.");
				issue(system, btg, "BC", LocalDate.of(2020, 6, 15), "sơ kết công tác tuyên giáo 6 tháng đầu năm 2020",
						"Sáu tháng đầu năm 2020, công tác tuyên giáo trên địa bàn huyện được triển khai đồng bộ.");
				issue(system, btg, "BC", LocalDate.of(2020, 8, 25),
						"kết quả làm việc với các xã, thị trấn về việc triển khai học tập và tổ chức thực hiện "
								+ "Chuyên đề năm 2020; khảo sát các mô hình học tập và làm theo Bác có hiệu quả",
						"Nhìn chung, Đảng ủy các xã, thị trấn quan tâm chỉ đạo thực hiện tốt việc triển khai học tập "
								+ "và tổ chức thực hiện Chuyên đề năm 2020; triển khai đảm bảo đúng thời gian quy định.");
			});
	}

	/** Drafted and issued at once; its files are rendered on first download. */
	private void issue(Scope system, IssuingBody body, String type, LocalDate date, String subject, String text) {
		DocumentType kind = "KH".equals(type) ? DocumentType.PLAN : DocumentType.REPORT;
		PartyDocument doc = PartyDocument
			.builder(vn.tuyengiao.register.ReportPages.header(body, body.getName(), null, body.getPlace(), date), kind)
			.subject(subject)
			.heading("1.", "Kết quả thực hiện")
			.paragraph(text)
			.paragraph("Trên đây là " + kind.title().toLowerCase(VI) + " của " + body.getName() + "./.")
			.recipients(body.defaultRecipients())
			.signature(body.signature())
			.build();
		this.drafts.issueAsIs(system, new ReportDrafts.NewDraft("demo", "", body.getId(), type, doc), false);
	}

	/** "Đảng ủy xã Vĩnh Bình Bắc" → "Vĩnh Bình Bắc"; "Tỉnh ủy An Giang" → "An Giang". */
	static String place(String unitName) {
		return unitName
			.replaceFirst("^(Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy (xã|phường|thị trấn|đặc khu))\\s+", "");
	}

}
