package vn.tuyengiao.press;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitOutline;

/**
 * Who takes the required titles on a day: per unit, the titles the rules then in force
 * require (a closed title replaced by its successor, as the catalogue stood that day) and
 * those with no subscription covering the day; rolled up for a commune or a province and
 * per unit directly under it.
 */
@Service
public class PressCompliance {

	private final PressCatalogue catalogue;

	private final OrgUnits org;

	private final JdbcTemplate jdbc;

	PressCompliance(PressCatalogue catalogue, OrgUnits org, JdbcTemplate jdbc) {
		this.catalogue = catalogue;
		this.org = org;
		this.jdbc = jdbc;
	}

	/** One unit that must take party press: what it must take and what it lacks. */
	public record UnitLine(long unitId, String unitPath, OrgUnitKind kind, List<PressTitle> required,
			List<PressTitle> missing, int copies) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

	}

	/** The units under one unit directly below the root (a commune under a province). */
	public record Group(long unitId, int units, int complete) {
	}

	/** The roll-up for a unit's subtree on a day. */
	public record Compliance(long rootId, LocalDate asOf, List<UnitLine> units, List<Group> groups) {

		/** Units that must take at least one title. */
		public int required() {
			return this.units.size();
		}

		/** Units taking every required title. */
		public int complete() {
			return (int) this.units.stream().filter(UnitLine::complete).count();
		}

		public List<UnitLine> lagging() {
			return this.units.stream().filter(u -> !u.complete()).toList();
		}

	}

	@Transactional(readOnly = true)
	public Compliance of(Scope scope, long rootId, LocalDate asOf) {
		OrgUnit root = this.org.get(scope, rootId);
		Map<Long, PressTitle> titles = this.catalogue.titlesById();
		List<PressRule> rules = this.catalogue.rulesAround(root.getPath());
		// Outlines, not entities: nationally some 36,000 units (the scorecard's press
		// column).
		List<UnitOutline> units = this.org.outlinesOpenOn(root.getPath(), asOf);
		Map<Long, OrgUnitKind> kinds = new HashMap<>();
		units.forEach(u -> kinds.put(u.id(), u.kind()));
		if (root.getParentId() != null) {
			kinds.put(root.getParentId(), this.org.get(root.getParentId()).getKind());
		}
		Map<Long, Set<Long>> subscribed = new HashMap<>();
		Map<Long, Integer> copies = new HashMap<>();
		this.jdbc.query("select unit_id, title_id, copies from press_subscription "
				+ "where unit_path like ? and start_date <= ? and end_date >= ?", rs -> {
					long unit = rs.getLong(1);
					subscribed.computeIfAbsent(unit, k -> new HashSet<>()).add(rs.getLong(2));
					copies.merge(unit, rs.getInt(3), Integer::sum);
				}, root.getPath() + "%", asOf, asOf);
		List<UnitLine> lines = new ArrayList<>();
		for (UnitOutline u : units) {
			List<PressTitle> required = PressCatalogue.required(rules, titles, u.path(), u.kind(),
					u.parentId() == null ? null : kinds.get(u.parentId()), asOf);
			if (required.isEmpty()) {
				continue;
			}
			Set<Long> taken = subscribed.getOrDefault(u.id(), Set.of());
			List<PressTitle> missing = required.stream().filter(t -> !taken.contains(t.getId())).toList();
			lines.add(new UnitLine(u.id(), u.path(), u.kind(), required, missing, copies.getOrDefault(u.id(), 0)));
		}
		return new Compliance(root.getId(), asOf, lines, groups(root, units, lines));
	}

	private static List<Group> groups(OrgUnit root, List<UnitOutline> units, List<UnitLine> lines) {
		Map<Long, int[]> counts = new LinkedHashMap<>();
		List<UnitOutline> children = units.stream().filter(u -> root.getId().equals(u.parentId())).toList();
		for (UnitLine line : lines) {
			long group = root.getId();
			for (UnitOutline c : children) {
				if (line.unitPath().startsWith(c.path())) {
					group = c.id();
					break;
				}
			}
			int[] n = counts.computeIfAbsent(group, k -> new int[2]);
			n[0]++;
			if (line.complete()) {
				n[1]++;
			}
		}
		return counts.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

}
