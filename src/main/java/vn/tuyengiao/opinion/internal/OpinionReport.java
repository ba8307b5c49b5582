package vn.tuyengiao.opinion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.OpinionSummary;
import vn.tuyengiao.opinion.Tendency;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
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
 * "Báo cáo tình hình dư luận xã hội tháng 11 năm 2026" (monthly) or for any period (ad
 * hoc) for a unit: the general situation with its figures, the main topics ranked by
 * items (units named, tendencies counted, a typical opinion quoted), the roll-up of the
 * units below, the assessment (worded from the figures) and the proposals the reporters
 * made. Figures from the data; the narrative is drafted for the officer to edit.
 */
@Service
class OpinionReport {

	/** Topics described one by one; the rest are counted together. */
	static final int MAIN_TOPICS = 5;

	private final OpinionFigures figures;

	private final ItemList items;

	private final OrgUnits org;

	private final DocumentRegister register;

	OpinionReport(OpinionFigures figures, ItemList items, OrgUnits org, DocumentRegister register) {
		this.figures = figures;
		this.items = items;
		this.org = org;
		this.register = register;
	}

	record Request(long unitId, LocalDate from, LocalDate to, Long issuingBodyId, String signerTitle,
			String signerName) {
	}

	/**
	 * "tình hình dư luận xã hội tháng 11 năm 2026", or "… từ ngày 01 tháng 11 năm 2026
	 * đến ngày 15 tháng 11 năm 2026".
	 */
	static String subject(LocalDate from, LocalDate to) {
		if (new OpinionPeriod(from, to).wholeMonth()) {
			return "tình hình dư luận xã hội tháng " + from.getMonthValue() + " năm " + from.getYear();
		}
		return "tình hình dư luận xã hội từ " + VnFormat.longDate(from) + " đến " + VnFormat.longDate(to);
	}

	@Transactional(readOnly = true)
	PartyDocument build(Scope scope, Request r) {
		OrgUnit unit = this.org.get(scope, r.unitId());
		OpinionSummary s = this.figures.summary(scope, unit.getId(), r.from(), r.to());
		List<ItemList.ItemRow> rows = this.items.list(scope,
				new ItemList.Filter(unit.getId(), r.from(), r.to(), null, null));
		Set<Long> named = new LinkedHashSet<>();
		s.topics().forEach(t -> named.addAll(t.unitIds()));
		s.branches().forEach(b -> named.add(b.unitId()));
		Map<Long, String> labels = this.org.labelsOf(named);

		IssuingBody body = r.issuingBodyId() == null ? null : this.register.body(scope, r.issuingBodyId());
		String issuer = body != null ? body.getName() : unit.getName();
		String subject = subject(r.from(), r.to());
		DocumentHeader header = ReportPages.header(body, unit.getName(), unit.getDocAbbreviation(), placeOf(unit),
				r.to());
		PartyDocument.Builder doc = PartyDocument.builder(header, DocumentType.REPORT).subject(subject);
		doc.paragraph(issuer + " báo cáo " + subject + " như sau:");

		doc.heading("I.", "Tình hình chung");
		doc.item(Wording.end(generalSentence(s)));
		if (s.items() > 0) {
			doc.item(Wording.end(tendencySentence(s)));
		}

		doc.heading("II.", "Những vấn đề dư luận quan tâm");
		if (s.topics().isEmpty()) {
			doc.item("Trong kỳ chưa ghi nhận ý kiến, dư luận nổi lên.");
		}
		int n = 1;
		for (OpinionSummary.TopicFigures t : s.topics().stream().limit(MAIN_TOPICS).toList()) {
			doc.item(n++ + ". " + Wording.end(topicSentence(t, labels, typical(rows, t.topicId()))));
		}
		if (s.topics().size() > MAIN_TOPICS) {
			long rest = s.topics().stream().skip(MAIN_TOPICS).mapToLong(OpinionSummary.TopicFigures::items).sum();
			doc.item(Wording.end("Ngoài ra còn " + VnFormat.count(rest) + " ý kiến về "
					+ VnFormat.count(s.topics().size() - MAIN_TOPICS) + " vấn đề khác"));
		}
		if (!s.topics().isEmpty()) {
			List<List<String>> table = new ArrayList<>();
			int i = 1;
			for (OpinionSummary.TopicFigures t : s.topics()) {
				table.add(List.of(Integer.toString(i++), t.topic() + (t.hot() ? " (*)" : ""),
						VnFormat.number(t.items()), VnFormat.number(t.units()), VnFormat.number(t.agree()),
						VnFormat.number(t.hesitant()), VnFormat.number(t.oppose())));
			}
			table.add(List.of("", "Cộng", VnFormat.number(s.items()), VnFormat.number(s.reportingUnits()),
					VnFormat.number(s.agree()), VnFormat.number(s.hesitant()), VnFormat.number(s.oppose())));
			doc.table("Ý kiến theo chủ đề và chiều hướng ((*): vấn đề nổi lên)",
					List.of("TT", "Chủ đề", "Số ý kiến", "Số đơn vị", "Đồng tình", "Băn khoăn", "Phản đối"), table);
		}

		List<OpinionSummary.BranchFigures> below = s.branches()
			.stream()
			.filter(b -> b.unitId() != unit.getId())
			.toList();
		if (!below.isEmpty() && s.items() > 0) {
			doc.heading("III.", "Tổng hợp từ các đơn vị trực thuộc");
			List<List<String>> table = new ArrayList<>();
			int i = 1;
			for (OpinionSummary.BranchFigures b : s.branches()) {
				table.add(List.of(Integer.toString(i++), labels.getOrDefault(b.unitId(), ""),
						VnFormat.number(b.items()), VnFormat.number(b.agree()), VnFormat.number(b.hesitant()),
						VnFormat.number(b.oppose()), VnFormat.number(b.collaborators())));
			}
			doc.table("Ý kiến do các đơn vị ghi nhận",
					List.of("TT", "Đơn vị", "Số ý kiến", "Đồng tình", "Băn khoăn", "Phản đối", "Cộng tác viên"), table);
			long silent = below.stream().filter(b -> b.items() == 0).count();
			if (silent > 0) {
				doc.item(Wording.end(VnFormat.count(silent) + " đơn vị chưa ghi nhận ý kiến trong kỳ: "
						+ Wording.list(below.stream()
							.filter(b -> b.items() == 0)
							.limit(12)
							.map(b -> labels.getOrDefault(b.unitId(), ""))
							.toList())
						+ (silent > 12 ? " …" : "")));
			}
		}

		doc.heading(below.isEmpty() || s.items() == 0 ? "III." : "IV.", "Nhận định, đánh giá");
		for (String p : assessment(s)) {
			doc.draft(p);
		}
		doc.heading(below.isEmpty() || s.items() == 0 ? "IV." : "V.", "Đề xuất, kiến nghị");
		List<String> proposals = proposals(s, rows);
		if (proposals.isEmpty()) {
			doc.draft(
					"Đề nghị cấp trên tiếp tục cung cấp thông tin định hướng kịp thời để cộng tác viên tuyên truyền, giải thích cho Nhân dân.");
		}
		for (String p : proposals) {
			doc.draft(p);
		}
		doc.paragraph("Trên đây là báo cáo " + subject + " của " + issuer + "./.");
		doc.recipients(ReportPages.recipients(body,
				new Recipients(
						unit.getParentId() == null ? List.of("Các đảng bộ, chi bộ trực thuộc")
								: List.of("Ban Tuyên giáo và Dân vận cấp trên (b/c)", "Các đảng bộ, chi bộ trực thuộc"),
						"Lưu Văn phòng")));
		doc.signature(ReportPages.signature(body, r.signerTitle(), r.signerName()));
		return doc.build();
	}

	/**
	 * "Trong tháng, qua 12 cộng tác viên và các đơn vị, đã ghi nhận 25 ý kiến tại 05 đơn
	 * vị về 06 vấn đề".
	 */
	static String generalSentence(OpinionSummary s) {
		String who = s.collaborators() > 0
				? "qua " + VnFormat.count(s.collaborators()) + " cộng tác viên dư luận xã hội và các đơn vị"
				: "qua các đơn vị";
		if (s.items() == 0) {
			return "Trong kỳ, " + who
					+ " chưa ghi nhận ý kiến, dư luận nổi lên; tình hình tư tưởng trong cán bộ, đảng viên và Nhân dân ổn định";
		}
		return "Trong kỳ, " + who + " đã ghi nhận " + VnFormat.count(s.items()) + " ý kiến tại "
				+ VnFormat.count(s.reportingUnits()) + " đơn vị về " + VnFormat.count(s.topics().size()) + " vấn đề"
				+ (s.hot().isEmpty() ? "" : ", trong đó " + VnFormat.count(s.hot().size()) + " vấn đề nổi lên");
	}

	/** "10 ý kiến đồng tình (40,00%), 08 ý kiến băn khoăn (32,00%), 07 … phản đối …". */
	static String tendencySentence(OpinionSummary s) {
		List<String> parts = new ArrayList<>();
		addShare(parts, s.agree(), s.items(), "đồng tình, ủng hộ");
		addShare(parts, s.hesitant(), s.items(), "băn khoăn, lo lắng");
		addShare(parts, s.oppose(), s.items(), "phản đối, bức xúc");
		String high = s.highIntensity() > 0 ? "; " + VnFormat.count(s.highIntensity()) + " ý kiến ở mức độ cao" : "";
		return "Về chiều hướng: " + String.join(", ", parts) + high;
	}

	private static void addShare(List<String> parts, long n, long total, String what) {
		if (n > 0) {
			parts.add(VnFormat.count(n) + " ý kiến " + what + " (" + VnFormat.percent(n, total) + ")");
		}
	}

	/**
	 * "Về Vận hành chính quyền địa phương hai cấp: 05 ý kiến tại 03 đơn vị (…); 01 đồng
	 * tình, 03 băn khoăn, 01 phản đối. Ý kiến tiêu biểu: «…»".
	 */
	static String topicSentence(OpinionSummary.TopicFigures t, Map<Long, String> labels, String typical) {
		List<String> units = t.unitIds().stream().limit(6).map(id -> labels.getOrDefault(id, "")).toList();
		String tendencies = Wording.counts(VnFormat.count(t.agree()), "đồng tình", VnFormat.count(t.hesitant()),
				"băn khoăn", VnFormat.count(t.oppose()), "phản đối");
		return "Về " + Wording.inSentence(t.topic()) + (t.hot() ? " (vấn đề nổi lên)" : "") + ": "
				+ VnFormat.count(t.items()) + " ý kiến tại " + VnFormat.count(t.units()) + " đơn vị ("
				+ String.join("; ", units) + (t.units() > 6 ? " …" : "") + "); " + tendencies
				+ (t.highIntensity() > 0 ? "; " + VnFormat.count(t.highIntensity()) + " ý kiến ở mức độ cao" : "")
				+ (typical == null ? "" : ". Ý kiến tiêu biểu: \u201C" + typical + "\u201D");
	}

	/** The most worrying opinion of the topic: opposing before hesitant, high first. */
	private static String typical(List<ItemList.ItemRow> rows, long topicId) {
		return rows.stream()
			.filter(r -> r.topicId() == topicId)
			.min(java.util.Comparator.comparingInt((ItemList.ItemRow r) -> worry(r.tendency()))
				.thenComparing(r -> -r.intensity().ordinal()))
			.map(r -> r.content().length() > 240 ? Wording.clause(r.content().substring(0, 240)) + "…"
					: Wording.clause(r.content()))
			.orElse(null);
	}

	private static int worry(Tendency t) {
		return t == Tendency.OPPOSE ? 0 : t == Tendency.HESITANT ? 1 : 2;
	}

	/**
	 * The assessment follows the figures: mostly agreeing, or worried on named topics.
	 */
	static List<String> assessment(OpinionSummary s) {
		List<String> out = new ArrayList<>();
		if (s.items() == 0) {
			out.add("Tình hình tư tưởng trong cán bộ, đảng viên và Nhân dân cơ bản ổn định; chưa phát sinh vấn đề dư luận phức tạp.");
			return out;
		}
		if (s.concern() * 2 < s.items()) {
			out.add("Nhìn chung, đa số cán bộ, đảng viên và Nhân dân đồng tình, ủng hộ các chủ trương của Đảng, chính sách, pháp luật của Nhà nước ("
					+ VnFormat.percent(s.agree(), s.items()) + " ý kiến đồng tình).");
		}
		else {
			out.add("Dư luận còn nhiều băn khoăn, lo lắng (" + VnFormat.percent(s.concern(), s.items())
					+ " ý kiến băn khoăn hoặc phản đối); cần tăng cường thông tin, tuyên truyền, giải thích kịp thời.");
		}
		List<String> hot = s.hot().stream().map(t -> Wording.inSentence(t.topic())).toList();
		if (!hot.isEmpty()) {
			out.add("Các vấn đề nổi lên cần quan tâm định hướng: " + Wording.list(hot) + ".");
		}
		return out;
	}

	/** What the reporters suggested, grouped by topic (the first two of each). */
	static List<String> proposals(OpinionSummary s, List<ItemList.ItemRow> rows) {
		Map<String, List<String>> byTopic = new LinkedHashMap<>();
		for (OpinionSummary.TopicFigures t : s.topics()) {
			for (ItemList.ItemRow r : rows) {
				if (r.topicId() == t.topicId() && r.handling() != null) {
					List<String> list = byTopic.computeIfAbsent(t.topic(), k -> new ArrayList<>());
					String h = Wording.clause(r.handling());
					if (list.size() < 2 && !list.contains(h)) {
						list.add(h);
					}
				}
			}
		}
		List<String> out = new ArrayList<>();
		byTopic.forEach((topic, list) -> out
			.add("Về " + Wording.inSentence(topic) + ": " + Wording.end(String.join("; ", list))));
		return out;
	}

	/** The date line's place: the nearest territorial committee's geographic name. */
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

}
