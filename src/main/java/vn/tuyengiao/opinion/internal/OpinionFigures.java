package vn.tuyengiao.opinion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.Intensity;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.opinion.OpinionSummary;
import vn.tuyengiao.opinion.Spread;
import vn.tuyengiao.opinion.Tendency;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * The figures of a unit's subtree over a period, from one grouped query on the items (by
 * unit, topic, tendency, intensity and spread) folded in memory: totals, topics ranked by
 * items with the hot ones flagged, the branches below the unit.
 */
@Component
public class OpinionFigures {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final OpinionSummary.HotRule rule;

	OpinionFigures(NamedParameterJdbcTemplate jdbc, OrgUnits org,
			@Value("${tuyengiao.opinion.hot.min-items:3}") int minItems,
			@Value("${tuyengiao.opinion.hot.min-units:2}") int minUnits,
			@Value("${tuyengiao.opinion.hot.concern-percent:50}") int concernPercent) {
		this.jdbc = jdbc;
		this.org = org;
		this.rule = new OpinionSummary.HotRule(minItems, minUnits, concernPercent);
	}

	public OpinionSummary.HotRule rule() {
		return this.rule;
	}

	private static final class TopicAcc {

		final long id;

		final String name;

		final OpinionField field;

		long items;

		long agree;

		long oppose;

		long hesitant;

		long high;

		Spread widest;

		final Set<Long> units = new LinkedHashSet<>();

		TopicAcc(long id, String name, OpinionField field) {
			this.id = id;
			this.name = name;
			this.field = field;
		}

	}

	@Transactional(readOnly = true)
	public OpinionSummary summary(Scope scope, long unitId, LocalDate from, LocalDate to) {
		OrgUnit unit = this.org.get(scope, unitId);
		if (from == null || to == null || to.isBefore(from)) {
			throw AppException.invalid("opinion.periodInvalid");
		}
		List<OrgUnit> children = this.org.children(unit);
		Map<Long, TopicAcc> topics = new LinkedHashMap<>();
		Map<Long, long[]> branches = new LinkedHashMap<>();
		branches.put(unit.getId(), new long[5]);
		for (OrgUnit c : children) {
			if (c.isOpenOn(to)) {
				branches.put(c.getId(), new long[5]);
			}
		}
		long[] total = new long[4];
		Set<Long> reporting = new LinkedHashSet<>();
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", unit.getPath() + "%").addValue("from", from)
			.addValue("to", to);
		this.jdbc.query("""
				select i.unit_id, i.unit_path, t.id, t.name, t.field, i.tendency, i.intensity, i.spread, count(*)
				from opinion_item i join opinion_topic t on t.id = i.topic_id
				where i.unit_path like :prefix and i.observed_on between :from and :to
				group by i.unit_id, i.unit_path, t.id, t.name, t.field, i.tendency, i.intensity, i.spread""", p, rs -> {
			long itemUnit = rs.getLong(1);
			String path = rs.getString(2);
			TopicAcc acc = topics.computeIfAbsent(rs.getLong(3), id -> uncheckedAcc(id, rs, 4, 5));
			Tendency tendency = Tendency.valueOf(rs.getString(6));
			Intensity intensity = Intensity.valueOf(rs.getString(7));
			Spread spread = Spread.valueOf(rs.getString(8));
			long n = rs.getLong(9);
			acc.items += n;
			acc.units.add(itemUnit);
			reporting.add(itemUnit);
			int t = tendency.ordinal();
			if (tendency == Tendency.AGREE) {
				acc.agree += n;
			}
			else if (tendency == Tendency.OPPOSE) {
				acc.oppose += n;
			}
			else {
				acc.hesitant += n;
			}
			if (intensity == Intensity.HIGH) {
				acc.high += n;
				total[3] += n;
			}
			if (acc.widest == null || spread.ordinal() > acc.widest.ordinal()) {
				acc.widest = spread;
			}
			total[t] += n;
			long[] b = branches.computeIfAbsent(Branches.branchOf(unit, children, path), id -> new long[5]);
			b[0] += n;
			b[1 + t] += n;
		});
		Map<String, Long> collaboratorsByPath = new HashMap<>();
		this.jdbc.query(
				"select unit_path, count(*) from opinion_collaborator where unit_path like :prefix "
						+ "and valid_from <= :to and (valid_to is null or valid_to >= :to) group by unit_path",
				p, rs -> {
					collaboratorsByPath.put(rs.getString(1), rs.getLong(2));
				});
		long collaborators = collaboratorsByPath.values().stream().mapToLong(Long::longValue).sum();
		Branches.fold(unit, children, to, collaboratorsByPath)
			.forEach((id, n) -> branches.computeIfAbsent(id, x -> new long[5])[4] = n);
		List<OpinionSummary.TopicFigures> ranked = new ArrayList<>();
		for (TopicAcc a : topics.values()) {
			ranked.add(new OpinionSummary.TopicFigures(a.id, a.name, a.field, a.items, a.agree, a.oppose, a.hesitant,
					a.high, a.widest, List.copyOf(a.units),
					this.rule.hot(a.items, a.units.size(), a.oppose + a.hesitant, a.high)));
		}
		ranked.sort(Comparator.comparingLong(OpinionSummary.TopicFigures::items)
			.reversed()
			.thenComparing(Comparator.comparingLong(OpinionSummary.TopicFigures::concern).reversed())
			.thenComparing(OpinionSummary.TopicFigures::topic));
		List<OpinionSummary.BranchFigures> lines = new ArrayList<>();
		branches.forEach((id, b) -> lines.add(new OpinionSummary.BranchFigures(id, b[0], b[1], b[2], b[3], b[4])));
		return new OpinionSummary(unit.getId(), from, to, total[0] + total[1] + total[2], total[0], total[1], total[2],
				total[3], reporting.size(), collaborators, List.copyOf(ranked), List.copyOf(lines), this.rule);
	}

	private static TopicAcc uncheckedAcc(long id, java.sql.ResultSet rs, int name, int field) {
		try {
			return new TopicAcc(id, rs.getString(name), OpinionField.valueOf(rs.getString(field)));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
