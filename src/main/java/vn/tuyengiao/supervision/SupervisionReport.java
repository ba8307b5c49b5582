package vn.tuyengiao.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
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
import vn.tuyengiao.supervision.internal.Access;
import vn.tuyengiao.supervision.internal.FindingStore;
import vn.tuyengiao.text.VnFormat;

/**
 * The reports of a plan, drafted from its visits' findings: "Tổ giám sát đã tiến hành
 * giám sát được 13 cuộc ở Đảng bộ các xã, thị trấn", the strengths, the shortcomings
 * grouped by checklist item with how many units, the remedies and what comes next (seed
 * 001); or the work-visit results with the recommendations by unit (seed 000). The
 * wording follows the figures; narrative paragraphs are marked for the officer to edit.
 */
@Service
public class SupervisionReport {

	private final SupervisionPlans plans;

	private final FindingStore findings;

	private final OrgUnits org;

	private final DocumentRegister register;

	private final ObjectProvider<RecommendationLines> recommendations;

	private final Clock clock;

	SupervisionReport(SupervisionPlans plans, FindingStore findings, OrgUnits org, DocumentRegister register,
			ObjectProvider<RecommendationLines> recommendations, Clock clock) {
		this.plans = plans;
		this.findings = findings;
		this.org = org;
		this.register = register;
		this.recommendations = recommendations;
		this.clock = clock;
	}

	public record Request(long planId, ReportKind kind, LocalDate asOf, Long issuingBodyId, String signerTitle,
			String signerName) {
	}

	/**
	 * A shortcoming (or strength) of one checklist item and the units it was found at.
	 */
	public record Group(String itemCode, String wording, List<Long> unitIds, List<String> remedies) {
	}

	@Transactional(readOnly = true)
	public PartyDocument build(Scope scope, Request r) {
		Plan plan = this.plans.plan(scope, r.planId());
		if (!Access.seesPlan(scope, plan)) {
			throw AppException.forbidden();
		}
		LocalDate asOf = r.asOf() == null ? LocalDate.now(this.clock) : r.asOf();
		List<Visit> visits = this.plans.visits(scope, plan.id())
			.stream()
			.filter(v -> !v.visitDate().isAfter(asOf))
			.toList();
		List<Finding> all = this.findings.ofVisits(visits.stream().map(Visit::id).toList())
			.stream()
			.filter(f -> !f.foundOn().isAfter(asOf))
			.toList();
		Checklist checklist = this.plans.latestChecklist(scope, plan.id());
		Map<Long, Visit> byId = new LinkedHashMap<>();
		visits.forEach(v -> byId.put(v.id(), v));
		OrgUnit issuerUnit = this.org.get(plan.unitId());
		IssuingBody body = r.issuingBodyId() == null ? null : this.register.body(scope, r.issuingBodyId());
		String unitName = this.org.nameOn(issuerUnit, asOf);
		List<String> lineage = new ArrayList<>(
				this.org.ancestry(Scope.system(), issuerUnit).stream().map(u -> this.org.nameOn(u, asOf)).toList());
		Collections.reverse(lineage);
		DocumentHeader header = ReportPages.header(body, unitName, issuerUnit.getDocAbbreviation(),
				PlaceNames.nearest(lineage, "…"), asOf);
		PartyDocument.Builder doc = PartyDocument.builder(header, DocumentType.REPORT);
		Set<Long> visited = new LinkedHashSet<>(visits.stream().map(Visit::unitId).toList());
		String where = where(visited);
		String basis = plan.basis() == null ? null : Wording.clause(plan.basis());
		String subject = Wording.clause(plan.subject());
		List<Group> strengths = groups(all, FindingKind.STRENGTH, checklist, byId);
		List<Group> shortcomings = groups(all, FindingKind.SHORTCOMING, checklist, byId);
		if (r.kind() == ReportKind.WORK_VISIT) {
			doc.subject("kết quả làm việc với " + where + " về " + subject);
			doc.paragraph((basis == null ? "" : "Thực hiện " + basis + ", ") + "Tổ công tác đã làm việc với "
					+ VnFormat.count(visited.size()) + " đơn vị (" + VnFormat.count(visits.size()) + " cuộc) về "
					+ subject + ", kết quả như sau:");
			doc.heading("1.", "Kết quả thực hiện");
			doc.paragraph("* Ưu điểm:");
			strengthLines(doc, strengths);
			doc.paragraph("* Hạn chế:");
			shortcomingLines(doc, shortcomings);
			doc.heading("2.", "Những đề xuất, kiến nghị");
			List<String> lines = Optional.ofNullable(this.recommendations.getIfAvailable())
				.map(p -> p.forPlan(scope, plan.id()))
				.orElse(List.of());
			if (lines.isEmpty()) {
				doc.paragraph("Qua làm việc, chưa ghi nhận kiến nghị của các đơn vị.");
			}
			lines.forEach(l -> doc.item(Wording.end(l)));
			doc.heading("3.", "Đánh giá chung");
			doc.draft(assessment(visited.size(), strengths, shortcomings));
			doc.heading("4.", "Nhiệm vụ thời gian tới");
			tasks(doc, shortcomings, all, asOf);
		}
		else {
			doc.subject("kết quả giám sát việc thực hiện " + subject);
			doc.paragraph((basis == null ? "" : "Thực hiện " + basis + " về giám sát việc thực hiện " + subject + ". ")
					+ "Tổ giám sát đã tiến hành giám sát được " + VnFormat.count(visits.size()) + " cuộc ở " + where
					+ ".");
			doc.heading("1.", "Ưu điểm");
			strengthLines(doc, strengths);
			doc.heading("2.", "Hạn chế");
			shortcomingLines(doc, shortcomings);
			if (!shortcomings.isEmpty()) {
				List<List<String>> rows = new ArrayList<>();
				int i = 1;
				for (Group g : shortcomings) {
					rows.add(List.of(Integer.toString(i++), g.wording(), VnFormat.count(g.unitIds().size()),
							String.join("; ", names(g.unitIds()))));
				}
				doc.table("Hạn chế theo nội dung giám sát", List.of("TT", "Hạn chế", "Số đơn vị", "Đơn vị"), rows);
			}
			doc.heading("3.", "Giải pháp");
			tasks(doc, shortcomings, all, asOf);
			doc.heading("4.", "Phương hướng thời gian tới");
			doc.draft("Các đơn vị được giám sát hoàn chỉnh báo cáo khắc phục, gửi về Tổ giám sát để tổng hợp báo cáo "
					+ unitName + "; tiếp tục thực hiện có hiệu quả " + subject + " trong thời gian tới.");
		}
		doc.recipients(ReportPages.recipients(body,
				Recipients.of("Thường trực " + unitName + " (b/c)", "Các đơn vị được giám sát", "Lưu")));
		doc.signature(ReportPages.signature(body, r.signerTitle(), r.signerName()));
		return doc.build();
	}

	/** "Đảng bộ các xã, thị trấn" from the kinds of units visited, else "03 đơn vị". */
	String where(Set<Long> unitIds) {
		Map<Long, OrgUnit> units = this.org.getAll(unitIds);
		Set<String> kinds = new LinkedHashSet<>();
		for (OrgUnit u : units.values()) {
			String name = u.getName().toLowerCase(java.util.Locale.forLanguageTag("vi"));
			String kind = name.contains(" thị trấn ") || name.startsWith("thị trấn") ? "thị trấn"
					: name.contains(" phường ") ? "phường" : name.contains(" xã ") ? "xã" : null;
			if (kind == null) {
				return VnFormat.count(unitIds.size()) + " đơn vị";
			}
			kinds.add(kind);
		}
		List<String> ordered = new ArrayList<>();
		for (String k : List.of("xã", "phường", "thị trấn")) {
			if (kinds.contains(k)) {
				ordered.add(k);
			}
		}
		return ordered.isEmpty() ? VnFormat.count(unitIds.size()) + " đơn vị"
				: "Đảng bộ các " + String.join(", ", ordered);
	}

	/**
	 * Findings of a kind grouped by checklist item (in checklist order), with their
	 * units.
	 */
	public List<Group> groups(List<Finding> all, FindingKind kind, Checklist checklist, Map<Long, Visit> visits) {
		Map<String, Group> groups = new LinkedHashMap<>();
		for (Checklist.Item item : checklist.items()) {
			groups.put(item.code(), null);
		}
		for (Finding f : all) {
			if (f.kind() != kind) {
				continue;
			}
			String key = f.itemCode() == null ? "note:" + f.note() : f.itemCode();
			Group g = groups.get(key);
			if (g == null) {
				String wording = f.itemCode() == null ? f.note()
						: kind == FindingKind.SHORTCOMING ? checklist.item(f.itemCode())
							.map(Checklist.Item::shortfall)
							.filter(s -> s != null)
							.orElse(f.note()) : f.note();
				g = new Group(f.itemCode(), wording, new ArrayList<>(), new ArrayList<>());
				groups.put(key, g);
			}
			long unit = visits.get(f.visitId()).unitId();
			if (!g.unitIds().contains(unit)) {
				g.unitIds().add(unit);
			}
			if (f.remedy() != null && !g.remedies().contains(f.remedy())) {
				g.remedies().add(f.remedy());
			}
		}
		return groups.values().stream().filter(g -> g != null).toList();
	}

	private void strengthLines(PartyDocument.Builder doc, List<Group> strengths) {
		if (strengths.isEmpty()) {
			doc.paragraph("Chưa ghi nhận ưu điểm qua giám sát.");
		}
		for (Group g : strengths) {
			doc.item(Wording
				.end(Wording.capitalise(strip(g.wording())) + " (" + VnFormat.count(g.unitIds().size()) + " đơn vị)"));
		}
	}

	private void shortcomingLines(PartyDocument.Builder doc, List<Group> shortcomings) {
		if (shortcomings.isEmpty()) {
			doc.paragraph("Qua giám sát, chưa phát hiện hạn chế.");
		}
		for (Group g : shortcomings) {
			doc.item(Wording.end(Wording.capitalise(strip(g.wording())) + " (" + VnFormat.count(g.unitIds().size())
					+ " đơn vị: " + String.join(", ", names(g.unitIds())) + ")"));
		}
	}

	private void tasks(PartyDocument.Builder doc, List<Group> shortcomings, List<Finding> all, LocalDate asOf) {
		for (Group g : shortcomings) {
			for (String remedy : g.remedies()) {
				doc.item(Wording.end(Wording.capitalise(strip(remedy))));
			}
		}
		long required = all.stream().filter(f -> f.remedyStatus() != RemedyStatus.NONE).count();
		if (required > 0) {
			long done = all.stream().filter(f -> f.remedyStatus() == RemedyStatus.ACCEPTED).count();
			long overdue = all.stream().filter(f -> f.overdueOn(asOf)).count();
			doc.paragraph(
					"Đến " + VnFormat.longDate(asOf) + ", các đơn vị đã khắc phục xong "
							+ VnFormat.ratio(done, required) + " hạn chế được yêu cầu khắc phục"
							+ (required - done > 0
									? "; còn " + VnFormat.count(required - done) + " hạn chế đang khắc phục"
											+ (overdue > 0
													? ", trong đó " + VnFormat.count(overdue) + " hạn chế quá hạn" : "")
									: "")
							+ ".");
		}
	}

	private static String assessment(int units, List<Group> strengths, List<Group> shortcomings) {
		if (shortcomings.isEmpty()) {
			return "Nhìn chung, " + VnFormat.count(units) + " đơn vị được làm việc đều thực hiện tốt các nội dung.";
		}
		Group worst = shortcomings.stream()
			.max(java.util.Comparator.comparingInt(g -> g.unitIds().size()))
			.orElseThrow();
		return "Nhìn chung, các đơn vị quan tâm chỉ đạo thực hiện" + (strengths.isEmpty() ? "" : ", có nhiều ưu điểm")
				+ "; tuy nhiên còn " + VnFormat.count(shortcomings.size()) + " nhóm hạn chế, nhiều nhất là: "
				+ Wording.inSentence(strip(worst.wording())) + " (" + VnFormat.count(worst.unitIds().size())
				+ " đơn vị).";
	}

	/** The units' unambiguous names, in the order they were visited. */
	private List<String> names(List<Long> unitIds) {
		Map<Long, String> labels = this.org.labelsOf(unitIds);
		return unitIds.stream().map(labels::get).toList();
	}

	private static String strip(String s) {
		String t = s.strip();
		return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
	}

}
