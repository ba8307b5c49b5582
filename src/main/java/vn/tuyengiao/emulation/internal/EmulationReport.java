package vn.tuyengiao.emulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.emulation.AwardLevel;
import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.emulation.AwardStatus;
import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PlaceNames;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Wording;
import vn.tuyengiao.text.VnFormat;

/**
 * "Báo cáo kết quả xây dựng, nhân rộng mô hình, gương điển hình …" for a unit and a
 * period: models by group, new / continuing / replicated / retired, units still without a
 * model, exemplars, awards by level ("khen thưởng 13 tập thể, 36 cá nhân") and proposals
 * to the level above. Figures from the data; narrative drafts for the officer.
 */
@Service
class EmulationReport {

	private final EmulationRollup rollup;

	private final ExemplarService exemplars;

	private final AwardService awards;

	private final OrgUnits org;

	private final DocumentRegister register;

	private final Messages messages;

	private final Clock clock;

	EmulationReport(EmulationRollup rollup, ExemplarService exemplars, AwardService awards, OrgUnits org,
			DocumentRegister register, Messages messages, Clock clock) {
		this.rollup = rollup;
		this.exemplars = exemplars;
		this.awards = awards;
		this.org = org;
		this.register = register;
		this.messages = messages;
		this.clock = clock;
	}

	record Request(long unitId, LocalDate from, LocalDate to, Long issuingBodyId, String signerTitle,
			String signerName) {

		/**
		 * The period's start: the given one, or the first of January of its end's year.
		 */
		public LocalDate fromOrDefault(LocalDate today) {
			return this.from != null ? this.from : LocalDate.of(toOrDefault(today).getYear(), 1, 1);
		}

		/** The period's end: the given one, or today. */
		public LocalDate toOrDefault(LocalDate today) {
			return this.to != null ? this.to : today;
		}

	}

	static final String SUBJECT = "kết quả xây dựng, nhân rộng mô hình, gương điển hình và khen thưởng trong học tập và làm theo "
			+ "tư tưởng, đạo đức, phong cách Hồ Chí Minh";

	@Transactional(readOnly = true)
	PartyDocument build(Scope scope, Request r) {
		OrgUnit unit = this.org.get(scope, r.unitId());
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = r.fromOrDefault(today);
		LocalDate to = r.toOrDefault(today);
		if (to.isBefore(from)) {
			throw AppException.invalid("emulation.periodInvalid");
		}
		EmulationRollup.PeriodCounts models = this.rollup.period(scope, unit.getId(), from, to);
		EmulationRollup.Coverage coverage = this.rollup.coverage(scope, unit.getId(), to.getYear());
		List<ExemplarService.ExemplarRow> found = this.exemplars.list(scope, unit.getId(), from, to);
		AwardService.Figures figures = this.awards.figures(scope, unit.getId(), from, to);

		IssuingBody body = r.issuingBodyId() == null ? null : this.register.body(scope, r.issuingBodyId());
		String issuer = body != null ? body.getName() : unit.getName();
		DocumentHeader header = ReportPages.header(body, unit.getName(), unit.getDocAbbreviation(), placeOf(unit), to);
		PartyDocument.Builder doc = PartyDocument.builder(header, DocumentType.REPORT).subject(SUBJECT);
		doc.paragraph(issuer + " báo cáo " + SUBJECT + " từ " + VnFormat.longDate(from) + " đến "
				+ VnFormat.longDate(to) + " như sau:");

		doc.heading("1.", "Xây dựng, nhân rộng mô hình, cách làm hay");
		doc.item(Wording.end(modelsSentence(unit, models)));
		if (!models.groups().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			int i = 1;
			for (EmulationRollup.GroupLine g : models.groups()) {
				rows.add(List.of(Integer.toString(i++), g.group(), VnFormat.number(g.live()),
						VnFormat.number(g.fresh()), VnFormat.number(g.replicated()), VnFormat.number(g.retired())));
			}
			rows.add(List.of("", "Cộng", VnFormat.number(models.live()), VnFormat.number(models.fresh()),
					VnFormat.number(models.replicated()), VnFormat.number(models.retired())));
			doc.table("Mô hình học tập và làm theo Bác theo nhóm",
					List.of("TT", "Nhóm mô hình", "Số mô hình", "Mới", "Nhân rộng", "Loại bỏ"), rows);
		}
		EmulationRollup.Counts c = coverage.total();
		if (c.unitsRequired() > 0) {
			doc.item("Năm " + coverage.year() + " có " + VnFormat.ratio(c.unitsCovered(), c.unitsRequired())
					+ " chi bộ, đảng bộ có mô hình học tập và làm theo Bác"
					+ (c.unitsWithout() > 0 ? "; còn " + VnFormat.count(c.unitsWithout()) + " đơn vị chưa có mô hình: "
							+ String.join(", ",
									labelled(coverage.without().stream().limit(12).map(m -> m.unit()).toList()))
							+ (coverage.without().size() > 12 ? " …" : "") : "")
					+ ".");
		}

		doc.heading("2.", "Phát hiện, tuyên truyền gương điển hình");
		doc.item(Wording.end(exemplarsSentence(found,
				this.org.labelsOf(found.stream().limit(5).map(ExemplarService.ExemplarRow::unitId).toList()))));

		doc.heading("3.", "Biểu dương, khen thưởng");
		doc.item(Wording.end(awardsSentence(unit, awardsBy(scope, unit, from, to))));
		if (!figures.byLevel().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			for (Map.Entry<AwardLevel, AwardService.Tally> e : figures.byLevel().entrySet()) {
				rows.add(List.of(this.messages.get(e.getKey().messageKey()),
						VnFormat.number(e.getValue().collectives()), VnFormat.number(e.getValue().individuals())));
			}
			rows.add(List.of("Cộng", VnFormat.number(figures.awarded().collectives()),
					VnFormat.number(figures.awarded().individuals())));
			doc.table("Khen thưởng theo cấp", List.of("Cấp khen thưởng", "Tập thể", "Cá nhân"), rows);
		}
		if (!figures.proposed().isEmpty()) {
			doc.item(Wording.end(proposalsSentence(figures)));
		}

		doc.heading("4.", "Đánh giá chung");
		for (String p : assessment(models, coverage)) {
			doc.draft(p);
		}
		doc.paragraph("Trên đây là báo cáo " + SUBJECT + " của " + issuer + "./.");
		doc.recipients(ReportPages.recipients(body,
				new Recipients(
						unit.getParentId() == null ? List.of("Các chi bộ, đảng bộ trực thuộc")
								: List.of("Ban Tuyên giáo cấp trên (b/c)", "Các chi bộ, đảng bộ trực thuộc"),
						"Lưu Văn phòng")));
		doc.signature(ReportPages.signature(body, r.signerTitle(), r.signerName()));
		return doc.build();
	}

	/**
	 * "Trong kỳ, … có 12 mô hình …, trong đó 05 mô hình đăng ký mới …": every count that
	 * is zero is left out rather than written "00".
	 */
	static String modelsSentence(OrgUnit unit, EmulationRollup.PeriodCounts m) {
		if (m.live() == 0 && m.replicated() == 0 && m.retired() == 0) {
			return "Trong kỳ, " + unit.getName() + " chưa có mô hình, cách làm hay trong học tập và làm theo Bác";
		}
		StringBuilder sb = new StringBuilder("Trong kỳ, " + unit.getName());
		if (m.live() > 0) {
			sb.append(" có ")
				.append(VnFormat.count(m.live()))
				.append(" mô hình, cách làm hay trong học tập và làm theo Bác");
			String parts = Wording.counts(VnFormat.count(m.fresh()), "mô hình đăng ký mới",
					VnFormat.count(m.continuing()), "mô hình tiếp tục thực hiện");
			if (!parts.isEmpty()) {
				sb.append(", trong đó ").append(parts);
			}
		}
		else {
			sb.append(" chưa có mô hình mới");
		}
		if (m.replicated() > 0) {
			sb.append("; nhân rộng ").append(VnFormat.count(m.replicated())).append(" mô hình");
		}
		if (m.retired() > 0) {
			sb.append("; rà soát, loại bỏ ").append(VnFormat.count(m.retired())).append(" mô hình");
		}
		String excluded = Wording.counts(VnFormat.count(m.danVanKheo()), "mô hình \u201CDân vận khéo\u201D",
				VnFormat.count(m.massOrganisation()), "mô hình của Mặt trận, các đoàn thể");
		if (!excluded.isEmpty()) {
			sb.append(" (không tính ").append(excluded.replace(", mô hình của", " và mô hình của")).append(")");
		}
		return sb.toString();
	}

	/**
	 * labels: how each unit is named in a sentence ("Chi bộ ấp Cái Chanh, xã Phong
	 * Đông").
	 */
	static String exemplarsSentence(List<ExemplarService.ExemplarRow> found, Map<Long, String> labels) {
		if (found.isEmpty()) {
			return "Trong kỳ chưa phát hiện thêm gương điển hình";
		}
		long collectives = found.stream().filter(x -> x.kind() == HolderKind.COLLECTIVE).count();
		long publicised = found.stream().filter(x -> x.publicity() > 0).count();
		List<String> named = new ArrayList<>();
		for (ExemplarService.ExemplarRow x : found.stream().limit(5).toList()) {
			String deeds = x.deeds().length() > 300 ? Wording.clause(x.deeds().substring(0, 300)) + "…"
					: Wording.clause(x.deeds());
			String unitLabel = labels.getOrDefault(x.unitId(), x.unitName());
			named.add(
					(x.kind() == HolderKind.COLLECTIVE ? unitLabel : x.name() + " (" + unitLabel + ")") + ": " + deeds);
		}
		String kinds = Wording.counts(VnFormat.count(collectives), "tập thể",
				VnFormat.count(found.size() - collectives), "cá nhân");
		return "Qua khảo sát, phát hiện " + VnFormat.count(found.size()) + " gương điển hình (" + kinds + ")"
				+ (publicised > 0 ? ", đã tuyên truyền " + VnFormat.count(publicised) + " gương" : "")
				+ "; tiêu biểu như: " + String.join("; ", named);
	}

	/** Awards decided by the unit itself and by its subordinate committees, apart. */
	record AwardsBy(AwardService.Tally own, AwardService.Tally subordinates) {
	}

	private AwardsBy awardsBy(Scope scope, OrgUnit unit, LocalDate from, LocalDate to) {
		AwardService.Tally own = new AwardService.Tally(0, 0);
		AwardService.Tally subordinates = new AwardService.Tally(0, 0);
		for (AwardService.AwardRow a : this.awards.list(scope, unit.getId(), from, to)) {
			if (a.proposal()) {
				continue;
			}
			if (a.issuerUnitId() == unit.getId()) {
				own = own.plus(a.collectives(), a.individuals());
			}
			else {
				subordinates = subordinates.plus(a.collectives(), a.individuals());
			}
		}
		return new AwardsBy(own, subordinates);
	}

	/**
	 * "Đảng ủy Khối … đã khen thưởng 13 tập thể, 36 cá nhân …; các cấp ủy trực thuộc khen
	 * thưởng 01 tập thể": an award a subordinate committee decided is never credited to
	 * the issuer.
	 */
	static String awardsSentence(OrgUnit unit, AwardsBy a) {
		if (a.own().isEmpty() && a.subordinates().isEmpty()) {
			return "Trong kỳ chưa có quyết định khen thưởng";
		}
		String own = tally(a.own());
		String sub = tally(a.subordinates());
		if (own.isEmpty()) {
			return "Trong kỳ, các cấp ủy trực thuộc đã khen thưởng " + sub
					+ " có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
		}
		return unit.getName() + " đã khen thưởng " + own
				+ " có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
				+ (sub.isEmpty() ? "" : "; các cấp ủy trực thuộc khen thưởng " + sub);
	}

	private static String tally(AwardService.Tally t) {
		return Wording.counts(VnFormat.count(t.collectives()), "tập thể", VnFormat.count(t.individuals()), "cá nhân");
	}

	String proposalsSentence(AwardService.Figures f) {
		StringBuilder sb = new StringBuilder("Đề nghị cấp trên khen thưởng " + tally(f.proposed()));
		List<String> parts = new ArrayList<>();
		for (Map.Entry<AwardStatus, AwardService.Tally> e : f.proposals().entrySet()) {
			if (!e.getValue().isEmpty()) {
				parts.add(this.messages.get(e.getKey().messageKey()).toLowerCase(Locale.forLanguageTag("vi")) + " "
						+ tally(e.getValue()));
			}
		}
		if (!parts.isEmpty()) {
			sb.append(" (").append(String.join("; ", parts)).append(")");
		}
		return sb.toString();
	}

	private static List<String> assessment(EmulationRollup.PeriodCounts m, EmulationRollup.Coverage coverage) {
		List<String> out = new ArrayList<>();
		if (m.fresh() > 0) {
			out.add("Các chi bộ, đảng bộ quan tâm đăng ký thực hiện mô hình mới; nhiều mô hình được phân theo nhóm, gắn với nhiệm vụ chính trị của địa phương.");
		}
		else {
			out.add("Chưa chú trọng việc phát động đăng ký thực hiện mô hình mới.");
		}
		if (coverage.total().unitsWithout() > 0) {
			out.add("Còn " + VnFormat.count(coverage.total().unitsWithout())
					+ " chi bộ, đảng bộ chưa có mô hình học tập và làm theo Bác; cần chỉ đạo đăng ký trong năm.");
		}
		if (m.danVanKheo() + m.massOrganisation() > 0) {
			out.add("Cần rà soát để mô hình của chi bộ không trùng với mô hình \u201CDân vận khéo\u201D hoặc mô hình của Mặt trận, các đoàn thể.");
		}
		return out;
	}

	/**
	 * The date line's place when no issuing body gives one: the nearest territorial
	 * committee's geographic name, never cut from a bloc's or a cell's own name.
	 */
	private String placeOf(OrgUnit unit) {
		List<Long> ids = new ArrayList<>();
		for (String id : unit.getPath().split("/")) {
			if (!id.isBlank()) {
				ids.add(Long.valueOf(id));
			}
		}
		Map<Long, OrgUnit> all = this.org.getAll(ids);
		List<String> names = new ArrayList<>();
		for (int i = ids.size() - 1; i >= 0; i--) {
			OrgUnit u = all.get(ids.get(i));
			names.add(u == null ? null : u.getName());
		}
		names.add(0, unit.getName());
		return PlaceNames.nearest(names, "…");
	}

	private List<String> labelled(List<OrgUnit> units) {
		Map<Long, String> labels = this.org.labels(units);
		return units.stream().map(u -> labels.get(u.getId())).toList();
	}

}
