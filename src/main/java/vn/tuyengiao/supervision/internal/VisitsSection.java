package vn.tuyengiao.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.supervision.Checklist;
import vn.tuyengiao.supervision.Finding;
import vn.tuyengiao.supervision.FindingKind;
import vn.tuyengiao.supervision.RemedyStatus;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.text.VnFormat;

/**
 * "Công tác kiểm tra, giám sát" in a periodic report: the visits held in the period to
 * units under the reporting unit and the units visited, the strengths and shortcomings
 * found, the shortcomings grouped by checklist item with the units named ("Bảng chuẩn mực
 * đạo đức vẫn còn nội dung theo Chỉ thị 05-CT/TW (03 đơn vị: …)"), and where the remedies
 * stand with the figures behind them.
 */
@Component
class VisitsSection implements SectionSource {

	/** Units named in one sentence; beyond this they are counted. */
	static final int NAMED = 30;

	private final PlanStore plans;

	private final FindingStore findings;

	private final OrgUnits org;

	private final Messages messages;

	private final Clock clock;

	VisitsSection(PlanStore plans, FindingStore findings, OrgUnits org, Messages messages, Clock clock) {
		this.plans = plans;
		this.findings = findings;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "supervision.visits";
	}

	@Override
	public String label() {
		return this.messages.get("supervision.section.label");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Block> draft(SectionContext c) {
		OrgUnit unit = this.org.get(c.scope(), c.unitId());
		String from = VnFormat.shortDate(c.from());
		String to = VnFormat.shortDate(c.to());
		List<Visit> visits = this.plans.visitsUnder(c.scope().narrow(unit.getPath()), c.from(), c.to());
		List<Block> out = new ArrayList<>();
		if (visits.isEmpty()) {
			out.add(Block.draft(this.messages.get("supervision.section.none", from, to, this.org.label(unit))));
			return out;
		}
		Set<Long> units = new LinkedHashSet<>(visits.stream().map(Visit::unitId).toList());
		Set<Long> planIds = new LinkedHashSet<>(visits.stream().map(Visit::planId).toList());
		Map<Long, String> labels = this.org.labelsOf(units);
		out.add(Block.draft(this.messages.get("supervision.section.held", from, to, VnFormat.count(visits.size()),
				VnFormat.count(planIds.size()), VnFormat.count(units.size()), names(units, labels))));
		Map<Long, Visit> byId = new HashMap<>();
		visits.forEach(v -> byId.put(v.id(), v));
		List<Finding> all = this.findings.ofVisits(visits.stream().map(Visit::id).toList());
		long strengths = all.stream().filter(f -> f.kind() == FindingKind.STRENGTH).count();
		List<Finding> shortcomings = all.stream().filter(f -> f.kind() == FindingKind.SHORTCOMING).toList();
		if (all.isEmpty()) {
			out.add(Block.draft(this.messages.get("supervision.section.noFindings")));
			return out;
		}
		out.add(Block.draft(this.messages.get("supervision.section.found", VnFormat.count(strengths),
				VnFormat.count(shortcomings.size()))));
		Map<String, Set<Long>> byItem = grouped(shortcomings, byId);
		if (!byItem.isEmpty()) {
			out.add(Block.draft(this.messages.get("supervision.section.shortcomings")));
			Map<Long, String> named = this.org
				.labelsOf(byItem.values().stream().flatMap(Set::stream).distinct().toList());
			byItem.forEach((wording, ids) -> out.add(new Block.Item("-", this.messages.get("supervision.section.item",
					wording, VnFormat.count(ids.size()), names(ids, named)), true)));
		}
		remedies(all, c, out);
		return out;
	}

	/** Shortcomings by what was lacking, the most widespread first, with their units. */
	private Map<String, Set<Long>> grouped(List<Finding> shortcomings, Map<Long, Visit> visits) {
		Map<String, String> wording = new HashMap<>();
		for (Checklist.Item i : this.plans.library()) {
			wording.put(i.code(), i.shortfall() != null ? i.shortfall() : i.question());
		}
		Map<String, Set<Long>> groups = new LinkedHashMap<>();
		for (Finding f : shortcomings) {
			String w = f.itemCode() != null && wording.containsKey(f.itemCode()) ? wording.get(f.itemCode()) : f.note();
			groups.computeIfAbsent(strip(w), k -> new LinkedHashSet<>()).add(visits.get(f.visitId()).unitId());
		}
		Map<String, Set<Long>> sorted = new LinkedHashMap<>();
		groups.entrySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/**
	 * Required, done (accepted by the team), still open and overdue, as of the period's
	 * end.
	 */
	private void remedies(List<Finding> all, SectionContext c, List<Block> out) {
		List<Finding> required = all.stream().filter(f -> f.remedyStatus() != RemedyStatus.NONE).toList();
		if (required.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = c.to().isAfter(today) ? today : c.to();
		long done = required.stream().filter(f -> f.remedyStatus() == RemedyStatus.ACCEPTED).count();
		long reported = required.stream().filter(f -> f.remedyStatus() == RemedyStatus.REPORTED).count();
		List<Finding> overdue = required.stream().filter(f -> f.overdueOn(asOf)).toList();
		long open = required.size() - done;
		String text = this.messages.get("supervision.section.remedies", VnFormat.count(required.size()),
				VnFormat.ratio(done, required.size()), VnFormat.percent(done, required.size()));
		if (open > 0) {
			text += " " + this.messages.get("supervision.section.remediesOpen", VnFormat.count(open),
					VnFormat.count(reported));
		}
		if (!overdue.isEmpty()) {
			Set<Long> late = new LinkedHashSet<>(overdue.stream().map(Finding::responsibleUnitId).toList());
			text += " " + this.messages.get("supervision.section.remediesOverdue", VnFormat.count(overdue.size()),
					VnFormat.shortDate(asOf), names(late, this.org.labelsOf(late)));
		}
		out.add(Block.draft(text));
	}

	private String names(Set<Long> ids, Map<Long, String> labels) {
		if (ids.size() > NAMED) {
			return this.messages.get("supervision.section.manyUnits", VnFormat.count(ids.size()));
		}
		return String.join("; ", ids.stream().map(labels::get).toList());
	}

	private static String strip(String s) {
		String t = s == null ? "" : s.strip();
		while (t.endsWith(".") || t.endsWith(";")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		return t;
	}

}
