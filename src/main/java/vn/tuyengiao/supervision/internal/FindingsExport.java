package vn.tuyengiao.supervision.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.supervision.Checklist;
import vn.tuyengiao.supervision.Finding;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * The findings as an Excel sheet, one row a finding: of one plan (the visits the user may
 * see), or about one unit's part of the tree (visited there or responsible there). The
 * scope is checked while the rows are read, before any byte of the file is sent.
 */
@Component
public class FindingsExport {

	/** The columns, in order: keys under {@code supervision.export.}. */
	private static final List<String> COLUMNS = List.of("no", "unit", "visitDate", "item", "kind", "note", "remedy",
			"responsible", "deadline", "state");

	private final SupervisionPlans plans;

	private final PlanStore planStore;

	private final FindingStore findings;

	private final OrgUnits org;

	private final Messages messages;

	private final Clock clock;

	FindingsExport(SupervisionPlans plans, PlanStore planStore, FindingStore findings, OrgUnits org, Messages messages,
			Clock clock) {
		this.plans = plans;
		this.planStore = planStore;
		this.findings = findings;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public byte[] ofPlan(Scope scope, long planId) {
		Plan plan = this.plans.plan(scope, planId);
		List<Visit> visits = this.plans.visits(scope, planId);
		return xlsx(this.findings.ofVisits(visits.stream().map(Visit::id).toList()), visits, Map.of(planId, plan));
	}

	/** Findings about the unit's part of the tree; no unit: the user's whole scope. */
	@Transactional(readOnly = true)
	public byte[] ofUnit(Scope scope, Long unitId) {
		String prefix = scope.pathPrefix();
		if (unitId != null) {
			OrgUnit unit = this.org.get(scope, unitId);
			prefix = scope.narrow(unit.getPath());
		}
		List<Finding> rows = this.findings.underPath(prefix);
		List<Visit> visits = this.planStore
			.visitsByIds(rows.stream().map(Finding::visitId).collect(Collectors.toCollection(HashSet::new)));
		Map<Long, Plan> plans = new HashMap<>();
		visits.forEach(v -> plans.computeIfAbsent(v.planId(), id -> this.planStore.plan(id).orElseThrow()));
		return xlsx(rows, visits, plans);
	}

	private byte[] xlsx(List<Finding> found, List<Visit> visits, Map<Long, Plan> plans) {
		Map<Long, Visit> byId = visits.stream().collect(Collectors.toMap(Visit::id, Function.identity()));
		Set<Long> units = new HashSet<>();
		visits.forEach(v -> units.add(v.unitId()));
		found.forEach(f -> units.add(f.responsibleUnitId()));
		Map<Long, String> labels = this.org.labelsOf(units);
		Map<Long, Map<String, String>> questions = new HashMap<>();
		Map<String, String> library = new HashMap<>();
		this.planStore.library().forEach(i -> library.put(i.code(), i.question()));
		LocalDate today = LocalDate.now(this.clock);
		List<Finding> sorted = new ArrayList<>(found.stream().filter(f -> byId.containsKey(f.visitId())).toList());
		sorted.sort(Comparator.comparing((Finding f) -> byId.get(f.visitId()).visitDate())
			.thenComparing(f -> labels.getOrDefault(byId.get(f.visitId()).unitId(), ""))
			.thenComparing(Finding::kind)
			.thenComparing(Finding::foundOn));
		List<List<?>> out = new ArrayList<>();
		int n = 1;
		for (Finding f : sorted) {
			Visit v = byId.get(f.visitId());
			long key = v.checklistId() != null ? v.checklistId() : -v.planId();
			Map<String, String> q = questions.computeIfAbsent(key, k -> questionsOf(v, plans.get(v.planId())));
			String item = f.itemCode() == null ? null : q.getOrDefault(f.itemCode(), library.get(f.itemCode()));
			String state = this.messages.get(f.remedyStatus().messageKey());
			if (f.overdueOn(today)) {
				state += " " + this.messages.get("supervision.export.overdueMark");
			}
			out.add(Arrays.asList(n++, labels.get(v.unitId()), v.visitDate(), item,
					this.messages.get(f.kind().messageKey()), f.note(), f.remedy(), labels.get(f.responsibleUnitId()),
					f.deadline(), state));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, this.messages.get("supervision.export.sheet"),
					COLUMNS.stream().map(c -> this.messages.get("supervision.export." + c)).toList(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private Map<String, String> questionsOf(Visit v, Plan plan) {
		Checklist c = v.checklistId() != null ? this.planStore.checklist(v.checklistId()).orElse(null)
				: this.planStore.latestChecklist(plan.id()).orElse(null);
		Map<String, String> q = new HashMap<>();
		if (c != null) {
			c.items().forEach(i -> q.put(i.code(), i.question()));
		}
		return q;
	}

}
