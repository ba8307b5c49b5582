package vn.tuyengiao.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VnFormat;

/**
 * Counts and lists of recommendations for the periodic reports Kết luận 215-KL/TW asks
 * for (monthly, quarterly, 6 and 9 months, yearly): raised under a unit in a period,
 * answered on time or late, still open, overdue, by end state; and the report section
 * that lists them by unit ("Đảng ủy xã Vĩnh Bình Bắc kiến nghị: …"). Supervision and
 * reporting call this API. Onward recommendations opened by a forward are not counted
 * again.
 */
@Service
public class RecommendationSummary {

	private final RecommendationQueries queries;

	private final RecommendationGroups groups;

	private final OrgUnits org;

	private final Messages messages;

	RecommendationSummary(RecommendationQueries queries, RecommendationGroups groups, OrgUnits org, Messages messages) {
		this.queries = queries;
		this.groups = groups;
		this.org = org;
		this.messages = messages;
	}

	/** The counts of a unit (its subtree) or of the whole period. */
	public record Counts(long raised, long answered, long answeredOnTime, long answeredLate, long open, long overdue,
			Map<RecommendationStatus, Long> byStatus) {

		static Counts of(List<RecommendationRow> rows) {
			Map<RecommendationStatus, Long> by = new EnumMap<>(RecommendationStatus.class);
			for (RecommendationStatus s : RecommendationStatus.values()) {
				by.put(s, 0L);
			}
			long answered = 0;
			long late = 0;
			long open = 0;
			long overdue = 0;
			for (RecommendationRow r : rows) {
				by.merge(r.status(), 1L, Long::sum);
				if (r.status().isAnswered()) {
					answered++;
					if (r.late()) {
						late++;
					}
				}
				else {
					open++;
				}
				if (r.overdue()) {
					overdue++;
				}
			}
			return new Counts(rows.size(), answered, answered - late, late, open, overdue, by);
		}

	}

	/** One unit's line of the table: the unit (with its subtree) and its counts. */
	public record UnitCounts(long unitId, String unitLabel, Counts counts) {
	}

	/** A line of the report section: who asked, what, and where it stands. */
	public record SectionLine(List<Long> unitIds, String text, List<RecommendationRow> rows) {
	}

	/** Counts for everything raised under the unit between the dates (inclusive). */
	@Transactional(readOnly = true)
	public Counts forUnit(Scope scope, long unitId, LocalDate from, LocalDate to) {
		return Counts.of(counted(scope, unitId, from, to));
	}

	/**
	 * The roll-up table: one line per unit directly under the chosen one that raised
	 * anything (with its subtree), the unit's own recommendations on its own line.
	 */
	@Transactional(readOnly = true)
	public List<UnitCounts> perUnit(Scope scope, long unitId, LocalDate from, LocalDate to) {
		String path = this.org.get(scope, unitId).getPath();
		List<RecommendationRow> rows = counted(scope, unitId, from, to);
		Map<Long, vn.tuyengiao.org.OrgUnit> units = this.org
			.getAll(rows.stream().map(RecommendationRow::raisedUnitId).distinct().toList());
		Map<Long, List<RecommendationRow>> byChild = new LinkedHashMap<>();
		for (RecommendationRow r : rows) {
			String rest = units.get(r.raisedUnitId()).getPath().substring(path.length());
			String first = rest.split("/")[0];
			long key = first.isEmpty() ? unitId : Long.parseLong(first);
			byChild.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
		}
		Map<Long, String> labels = this.org.labelsOf(byChild.keySet());
		return byChild.entrySet()
			.stream()
			.map(e -> new UnitCounts(e.getKey(), labels.get(e.getKey()), Counts.of(e.getValue())))
			.sorted(java.util.Comparator.comparing(UnitCounts::unitLabel))
			.toList();
	}

	/**
	 * The report section "Những đề xuất, kiến nghị": for each unit that asked, "<unit>
	 * kiến nghị: <text>; <text>.", and for each group "Nhiều đơn vị cùng kiến nghị <text>
	 * (03 đơn vị: …)." in the order raised.
	 */
	@Transactional(readOnly = true)
	public List<SectionLine> section(Scope scope, long unitId, LocalDate from, LocalDate to) {
		return section(scope, counted(scope, unitId, from, to));
	}

	/**
	 * {@link #section(Scope, long, LocalDate, LocalDate)} limited to the recommendations
	 * raised in the given visits (source VISIT, reference a visit id).
	 */
	@Transactional(readOnly = true)
	public List<SectionLine> sectionForVisits(Scope scope, long unitId, java.util.Collection<Long> visitIds) {
		return section(scope,
				counted(scope, unitId, null, null).stream()
					.filter(r -> r.sourceKind() == SourceKind.VISIT && r.sourceRef() != null
							&& visitIds.contains(r.sourceRef()))
					.toList());
	}

	private List<SectionLine> section(Scope scope, List<RecommendationRow> rows) {
		Map<Long, String> labels = this.org
			.labelsOf(rows.stream().map(RecommendationRow::raisedUnitId).distinct().toList());
		Map<Long, List<RecommendationRow>> byUnit = new LinkedHashMap<>();
		Map<Long, List<RecommendationRow>> byGroup = new LinkedHashMap<>();
		for (RecommendationRow r : rows) {
			if (r.groupId() != null) {
				byGroup.computeIfAbsent(r.groupId(), k -> new ArrayList<>()).add(r);
			}
			else {
				byUnit.computeIfAbsent(r.raisedUnitId(), k -> new ArrayList<>()).add(r);
			}
		}
		List<SectionLine> out = new ArrayList<>();
		byUnit
			.forEach((unit,
					list) -> out.add(new SectionLine(List.of(unit),
							this.messages.get("recommendation.section.unit", labels.get(unit),
									list.stream().map(r -> trimEnd(r.body())).collect(Collectors.joining("; "))),
							list)));
		byGroup.forEach((group, list) -> {
			RecommendationGroups.Group g = new RecommendationGroups.Group(group, null, 0, list);
			String title = this.groups.get(scope, group).title();
			out.add(new SectionLine(g.unitIds(),
					this.messages.get("recommendation.section.group", trimEnd(title), VnFormat.count(g.unitCount()),
							g.unitIds().stream().map(labels::get).collect(Collectors.joining("; "))),
					list));
		});
		return out;
	}

	private List<RecommendationRow> counted(Scope scope, long unitId, LocalDate from, LocalDate to) {
		return this.queries.raisedUnder(scope, unitId, from, to)
			.stream()
			.filter(r -> r.forwardedFromId() == null)
			.toList();
	}

	private static String trimEnd(String s) {
		String t = s.strip();
		while (t.endsWith(".") || t.endsWith(";")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		return t;
	}

}
