package vn.tuyengiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.tuyengiao.register.RegisterSetup;
import vn.tuyengiao.reporting.Consolidation;
import vn.tuyengiao.reporting.Frequency;
import vn.tuyengiao.reporting.IncomingRegister;
import vn.tuyengiao.reporting.Obligation;
import vn.tuyengiao.reporting.ReportType;
import vn.tuyengiao.reporting.ReportingCycle;
import vn.tuyengiao.reporting.StandingObligations;

/**
 * Demo data of the reporting cycle: the province's Công văn asking its communes for the
 * 2026 report (due in ten days): canbo.xa's commune returned once with a comment, a
 * second accepted, a third awaiting review; an earlier request past its deadline where
 * most communes are overdue; and the monthly public-opinion report as a standing rule.
 */
@Component
@Order(9)
class DemoReportingLoader implements ApplicationRunner {

	private final OrgUnits org;

	private final DocumentRegister register;

	private final RegisterSetup setup;

	private final IncomingRegister incoming;

	private final ReportingCycle cycle;

	private final Consolidation consolidation;

	private final StandingObligations standing;

	private final TransactionTemplate tx;

	private final DemoDataDone done;

	private final Clock clock;

	DemoReportingLoader(OrgUnits org, DocumentRegister register, RegisterSetup setup, IncomingRegister incoming,
			ReportingCycle cycle, Consolidation consolidation, StandingObligations standing, TransactionTemplate tx,
			DemoDataDone done, Clock clock) {
		this.org = org;
		this.register = register;
		this.setup = setup;
		this.incoming = incoming;
		this.cycle = cycle;
		this.consolidation = consolidation;
		this.standing = standing;
		this.tx = tx;
		this.done = done;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Scope system = Scope.system();
		if (!this.done.wanted() || !this.incoming.isEmpty()) {
			return;
		}
		Optional<OrgUnit> province = this.org.roots(system)
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.PROVINCIAL_COMMITTEE)
			.findFirst();
		if (province.isEmpty() || this.register.bodies(system)
			.stream()
			.noneMatch(b -> b.getUnitId().equals(province.get().getId()) && b.canNumber())) {
			return;
		}
		this.done.load("reporting", () -> this.tx.executeWithoutResult(status -> load(system, province.get())));
	}

	void load(Scope system, OrgUnit province) {
		LocalDate today = LocalDate.now(this.clock);
		Scope officer = new Scope("canbo.tinh", null, null, true, true, true);
		List<OrgUnit> communes = this.org.children(system, province.getId())
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.limit(4)
			.toList();
		if (communes.size() < 3) {
			return;
		}
		for (OrgUnit c : communes) {
			if (this.register.bodies(system)
				.stream()
				.noneMatch(b -> b.getUnitId().equals(c.getId()) && b.canNumber())) {
				this.setup.createBody(system,
						new RegisterSetup.BodyForm(c.getId(), c.getName(), "ĐU", IssuingBody.Kind.COMMITTEE, null,
								DemoRegisterLoader.place(c.getName()), IssuingBody.Authority.TM, "BÍ THƯ", null,
								"Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\nLưu.", null));
				this.setup.createTerm(system, new RegisterSetup.TermForm(c.getId(), "Nhiệm kỳ 2025–2030",
						LocalDate.of(2025, 7, 1), null, null));
			}
		}
		String body = "Ban Tuyên giáo và Dân vận Tỉnh ủy";
		LocalDate sent = today.minusDays(20);
		var year = request(system, province, "52-CV/BTGDVTU", sent,
				"V/v báo cáo kết quả công tác tuyên giáo, dân vận năm 2026", body, ReportType.YEARLY,
				"kết quả công tác tuyên giáo, dân vận năm 2026", LocalDate.of(today.getYear(), 1, 1),
				LocalDate.of(today.getYear(), 12, 31), today.plusDays(10));
		List<Obligation> owed = this.cycle.request(system, year).obligations();
		// canbo.xa's commune (the first): submitted, returned with a comment.
		Obligation first = of(owed, communes.get(0));
		long a = this.consolidation.writeAndIssue(system, first.id(), sections(communes.get(0)), false);
		Obligation s = this.cycle.submit(system, first.id(), a, null);
		this.cycle.returnReport(officer, s.id(), s.version(),
				"Đề nghị bổ sung số liệu học tập nghị quyết của các chi bộ và kết quả nắm tình hình dư luận xã hội.");
		// The second: accepted; the third: awaiting review.
		Obligation second = of(owed, communes.get(1));
		Obligation s2 = this.cycle.submit(system, second.id(),
				this.consolidation.writeAndIssue(system, second.id(), sections(communes.get(1)), false), null);
		this.cycle.accept(officer, s2.id(), s2.version());
		Obligation third = of(owed, communes.get(2));
		this.cycle.submit(system, third.id(),
				this.consolidation.writeAndIssue(system, third.id(), sections(communes.get(2)), false), null);

		// An earlier request past its deadline: most communes are overdue.
		long half = request(system, province, "31-CV/BTGDVTU", LocalDate.of(today.getYear(), 6, 2),
				"V/v báo cáo sơ kết công tác tuyên giáo 6 tháng đầu năm " + today.getYear(), body,
				ReportType.SIX_MONTHS, "sơ kết công tác tuyên giáo 6 tháng đầu năm " + today.getYear(),
				LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 6, 30),
				LocalDate.of(today.getYear(), 6, 25).isBefore(today) ? LocalDate.of(today.getYear(), 6, 25)
						: today.minusDays(1));
		Obligation late = of(this.cycle.request(system, half).obligations(), communes.get(1));
		Obligation s3 = this.cycle.submit(system, late.id(),
				this.consolidation.writeAndIssue(system, late.id(), sections(communes.get(1)), false), null);
		this.cycle.accept(officer, s3.id(), s3.version());

		this.standing.create(officer,
				new StandingObligations.RuleForm(province.getId(), province.getId(),
						List.of(OrgUnitKind.COMMUNE_COMMITTEE), ReportType.OPINION_MONTHLY, Frequency.MONTHLY, 5,
						"Báo cáo tình hình dư luận xã hội", today));
	}

	private long request(Scope system, OrgUnit province, String number, LocalDate sent, String subject, String issuer,
			ReportType type, String title, LocalDate from, LocalDate to, LocalDate deadline) {
		var doc = this.incoming.register(system,
				new IncomingRegister.IncomingForm(province.getId(), number, sent, sent, null, issuer, subject), null,
				new IncomingRegister.RequestForm(province.getId(), province.getId(),
						List.of(OrgUnitKind.COMMUNE_COMMITTEE), type, title, from, to, deadline, null));
		return this.incoming.requests(system, doc.id()).get(0).id();
	}

	private static Obligation of(List<Obligation> owed, OrgUnit unit) {
		return owed.stream().filter(o -> o.unitId() == unit.getId()).findFirst().orElseThrow();
	}

	private static List<String> sections(OrgUnit commune) {
		String name = commune.getName();
		int n = (int) (commune.getId() % 7);
		return List.of(
				name + " đã tổ chức quán triệt các chỉ thị, nghị quyết của Đảng cho " + (180 + n * 11) + "/"
						+ (195 + n * 11) + " đảng viên; tuyên truyền trên hệ thống truyền thanh cơ sở " + (40 + n)
						+ " tin, bài.",
				"Cấp ủy quan tâm lãnh đạo công tác tuyên giáo, dân vận; nắm bắt kịp thời tình hình tư tưởng cán bộ, đảng viên.",
				"Công tác nắm tình hình dư luận xã hội ở một số chi bộ còn chậm, chưa thường xuyên.",
				"Tiếp tục đổi mới nội dung, hình thức sinh hoạt chi bộ; nhân rộng các mô hình dân vận khéo.",
				"Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức tập huấn nghiệp vụ nắm bắt dư luận xã hội cho cán bộ cơ sở.");
	}

}
