package vn.tuyengiao.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree as it stood on a date, from the parent history
 * ({@code org_unit_parent_period}): before the 1 July 2025 mergers a district's children
 * are its old communes, and a cell now under a new commune lay under the old commune it
 * came from. Callers check the root unit against the user's scope first.
 */
@Service
public class UnitsOnDate {

	private static final String VALID = "p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)";

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	UnitsOnDate(NamedParameterJdbcTemplate jdbc, OrgUnits org) {
		this.jdbc = jdbc;
		this.org = org;
	}

	/**
	 * Whether the tree under the unit changed after the date: a unit under it (by today's
	 * paths) opened or closed since, or a unit moved into, out of or within it since.
	 * When it did not, today's paths answer for that date.
	 */
	@Transactional(readOnly = true)
	public boolean changedSince(OrgUnit root, LocalDate date) {
		Boolean changed = this.jdbc.queryForObject("""
				select case when exists (
				  select 1 from org_unit u where u.path like :prefix and (u.valid_from > :d or u.valid_to > :d))
				or exists (
				  select 1 from org_unit_parent_period p join org_unit u on u.id = p.unit_id
				  where u.path like :prefix and (p.valid_from > :d or p.valid_to > :d))
				or exists (
				  select 1 from org_unit_parent_period p join org_unit u on u.id = p.parent_id
				  where u.path like :prefix and p.valid_to > :d) then true else false end""",
				new MapSqlParameterSource("prefix", root.getPath() + "%").addValue("d", date), Boolean.class);
		return Boolean.TRUE.equals(changed);
	}

	/** The unit's direct children on the date, by the parent history, in name order. */
	@Transactional(readOnly = true)
	public List<OrgUnit> childrenOn(OrgUnit parent, LocalDate date) {
		List<Long> ids = this.jdbc.queryForList(
				"select p.unit_id from org_unit_parent_period p where p.parent_id = :root and " + VALID,
				new MapSqlParameterSource("root", parent.getId()).addValue("d", date), Long.class);
		List<OrgUnit> children = new ArrayList<>(this.org.getAll(ids).values());
		children.removeIf(u -> !u.isOpenOn(date));
		children.sort(java.util.Comparator.comparing(OrgUnit::getSearchName));
		return children;
	}

	/**
	 * Every unit under the root on the date, by the parent history, with the root's child
	 * it lay under then (a child maps to itself): one recursive query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> branchesOn(OrgUnit root, LocalDate date) {
		Map<Long, Long> branch = new HashMap<>();
		this.jdbc.query("""
				with recursive t(id, branch) as (
				    select p.unit_id, p.unit_id from org_unit_parent_period p where p.parent_id = :root and %s
				    union all
				    select p.unit_id, t.branch from org_unit_parent_period p join t on p.parent_id = t.id where %s
				)
				select id, branch from t""".formatted(VALID, VALID),
				new MapSqlParameterSource("root", root.getId()).addValue("d", date), (java.sql.ResultSet rs) -> {
					branch.put(rs.getLong(1), rs.getLong(2));
				});
		return branch;
	}

}
