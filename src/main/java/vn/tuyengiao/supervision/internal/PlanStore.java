package vn.tuyengiao.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.tuyengiao.supervision.AnswerType;
import vn.tuyengiao.supervision.Checklist;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.PlanKind;
import vn.tuyengiao.supervision.Visit;

/**
 * Plans, their units and team, checklist versions and visits: plain SQL on the module's
 * own tables.
 */
@Repository
public class PlanStore {

	private final NamedParameterJdbcTemplate jdbc;

	PlanStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// ---- library

	public List<Checklist.Item> library() {
		return this.jdbc.query("select code, question, shortfall, answer_type from supervision_item order by position",
				(rs, i) -> new Checklist.Item(rs.getString(1), rs.getString(2), rs.getString(3),
						AnswerType.valueOf(rs.getString(4))));
	}

	// ---- plans

	public long insertPlan(long unitId, String unitPath, PlanKind kind, String basis, String subject, LocalDate from,
			LocalDate to, String by, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update("insert into supervision_plan (unit_id, unit_path, kind, basis, subject, period_from,"
				+ " period_to, created_by, created_at, version) values (:unit, :path, :kind, :basis, :subject, :from,"
				+ " :to, :by, :at, 0)",
				new MapSqlParameterSource().addValue("unit", unitId)
					.addValue("path", unitPath)
					.addValue("kind", kind.name())
					.addValue("basis", basis)
					.addValue("subject", subject)
					.addValue("from", from)
					.addValue("to", to)
					.addValue("by", by)
					.addValue("at", Timestamp.from(at)),
				keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	public void insertPlanUnit(long planId, long unitId, String path) {
		this.jdbc.update("insert into supervision_plan_unit (plan_id, unit_id, unit_path) values (:p, :u, :path)",
				Map.of("p", planId, "u", unitId, "path", path));
	}

	public void insertTeamMember(long planId, Plan.TeamMember m) {
		this.jdbc.update(
				"insert into supervision_team_member (plan_id, user_id, username, full_name, leader)"
						+ " values (:p, :id, :u, :name, :l)",
				new MapSqlParameterSource().addValue("p", planId)
					.addValue("id", m.userId())
					.addValue("u", m.username())
					.addValue("name", m.fullName())
					.addValue("l", m.leader()));
	}

	/** Moves the plan to the next version if it is still at {@code expected}. */
	public boolean bumpPlanVersion(long planId, long expected) {
		return this.jdbc.update("update supervision_plan set version = version + 1 where id = :p and version = :v",
				Map.of("p", planId, "v", expected)) == 1;
	}

	public void deleteTeam(long planId) {
		this.jdbc.update("delete from supervision_team_member where plan_id = :p", Map.of("p", planId));
	}

	public Optional<Plan> plan(long id) {
		List<Plan> found = plans("where p.id = :id", Map.of("id", id));
		return found.stream().findFirst();
	}

	/**
	 * Plans the user may see: issued in their part of the tree, with a visited unit in
	 * it, or with them on the team.
	 */
	public List<Plan> visiblePlans(String pathPrefix, String username) {
		if (pathPrefix == null) {
			return plans("", Map.of());
		}
		return plans("where p.unit_path like :prefix or exists (select 1 from supervision_plan_unit pu where"
				+ " pu.plan_id = p.id and pu.unit_path like :prefix) or exists (select 1 from supervision_team_member t"
				+ " where t.plan_id = p.id and t.username = :user)",
				Map.of("prefix", pathPrefix + "%", "user", username));
	}

	private List<Plan> plans(String where, Map<String, Object> params) {
		List<Object[]> rows = this.jdbc.query(
				"select p.id, p.unit_id, p.unit_path, p.kind, p.basis, p.subject,"
						+ " p.period_from, p.period_to, p.created_by, p.version from supervision_plan p " + where
						+ " order by p.period_from desc, p.id desc",
				params,
				(rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
						rs.getObject(8, LocalDate.class), rs.getString(9), rs.getLong(10) });
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
		Map<Long, List<Long>> units = new LinkedHashMap<>();
		this.jdbc.query("select plan_id, unit_id from supervision_plan_unit where plan_id in (:ids) order by unit_id",
				Map.of("ids", ids),
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> units
					.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(rs.getLong(2)));
		Map<Long, List<Plan.TeamMember>> team = new LinkedHashMap<>();
		this.jdbc.query(
				"select plan_id, user_id, username, full_name, leader from supervision_team_member"
						+ " where plan_id in (:ids) order by leader desc, full_name, username",
				Map.of("ids", ids),
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> team
					.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Plan.TeamMember(rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
							rs.getBoolean(5))));
		return rows.stream()
			.map(r -> new Plan((Long) r[0], (Long) r[1], (String) r[2], PlanKind.valueOf((String) r[3]), (String) r[4],
					(String) r[5], (LocalDate) r[6], (LocalDate) r[7], units.getOrDefault((Long) r[0], List.of()),
					team.getOrDefault((Long) r[0], List.of()), (String) r[8], (Long) r[9]))
			.toList();
	}

	// ---- checklists

	public long insertChecklist(long planId, int versionNo, List<Checklist.Item> items, String by, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(
				"insert into supervision_checklist (plan_id, version_no, created_by, created_at)"
						+ " values (:p, :v, :by, :at)",
				new MapSqlParameterSource().addValue("p", planId)
					.addValue("v", versionNo)
					.addValue("by", by)
					.addValue("at", Timestamp.from(at)),
				keys, new String[] { "id" });
		long id = keys.getKey().longValue();
		List<MapSqlParameterSource> batch = new ArrayList<>();
		int position = 1;
		for (Checklist.Item item : items) {
			batch.add(new MapSqlParameterSource().addValue("c", id)
				.addValue("code", item.code())
				.addValue("q", item.question())
				.addValue("s", item.shortfall())
				.addValue("t", item.answerType().name())
				.addValue("pos", position++));
		}
		this.jdbc.batchUpdate(
				"insert into supervision_checklist_item (checklist_id, item_code, question, shortfall,"
						+ " answer_type, position) values (:c, :code, :q, :s, :t, :pos)",
				batch.toArray(MapSqlParameterSource[]::new));
		return id;
	}

	public Optional<Checklist> checklist(long id) {
		List<Checklist> found = this.jdbc.query(
				"select id, plan_id, version_no from supervision_checklist where id = :id", Map.of("id", id),
				(rs, i) -> new Checklist(rs.getLong(1), rs.getLong(2), rs.getInt(3), items(rs.getLong(1))));
		return found.stream().findFirst();
	}

	public Optional<Checklist> latestChecklist(long planId) {
		List<Long> ids = this.jdbc.queryForList(
				"select id from supervision_checklist where plan_id = :p order by version_no desc", Map.of("p", planId),
				Long.class);
		return ids.isEmpty() ? Optional.empty() : checklist(ids.get(0));
	}

	public int checklistVersions(long planId) {
		Integer n = this.jdbc.queryForObject(
				"select coalesce(max(version_no), 0) from supervision_checklist where plan_id = :p",
				Map.of("p", planId), Integer.class);
		return n == null ? 0 : n;
	}

	private List<Checklist.Item> items(long checklistId) {
		return this.jdbc.query(
				"select item_code, question, shortfall, answer_type from supervision_checklist_item"
						+ " where checklist_id = :c order by position",
				Map.of("c", checklistId), (rs, i) -> new Checklist.Item(rs.getString(1), rs.getString(2),
						rs.getString(3), AnswerType.valueOf(rs.getString(4))));
	}

	// ---- visits

	public long insertVisit(long planId, long unitId, String unitPath, LocalDate date, String by) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(
				"insert into supervision_visit (plan_id, unit_id, unit_path, visit_date, created_by, version)"
						+ " values (:p, :u, :path, :d, :by, 0)",
				new MapSqlParameterSource().addValue("p", planId)
					.addValue("u", unitId)
					.addValue("path", unitPath)
					.addValue("d", date)
					.addValue("by", by),
				keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	public void insertVisitMember(long visitId, Plan.TeamMember m) {
		this.jdbc.update(
				"insert into supervision_visit_member (visit_id, user_id, username, full_name)"
						+ " values (:v, :id, :u, :name)",
				new MapSqlParameterSource().addValue("v", visitId)
					.addValue("id", m.userId())
					.addValue("u", m.username())
					.addValue("name", m.fullName()));
	}

	/**
	 * Pins the visit to the checklist version it starts with; false if already pinned.
	 */
	public boolean pin(long visitId, long checklistId) {
		return this.jdbc.update("update supervision_visit set checklist_id = :c, version = version + 1 where id = :v"
				+ " and checklist_id is null", Map.of("c", checklistId, "v", visitId)) > 0;
	}

	public Optional<Visit> visit(long id) {
		return visits("where v.id = :id", Map.of("id", id)).stream().findFirst();
	}

	public List<Visit> visitsOfPlan(long planId) {
		return visits("where v.plan_id = :p", Map.of("p", planId));
	}

	public List<Visit> visitsByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return visits("where v.id in (:ids)", Map.of("ids", ids));
	}

	/** Visits to units under the path held between the dates (inclusive). */
	public List<Visit> visitsUnder(String pathPrefix, LocalDate from, LocalDate to) {
		return visits("where v.unit_path like :p and v.visit_date between :from and :to",
				Map.of("p", pathPrefix + "%", "from", from, "to", to));
	}

	public List<Visit> visitsOfUnit(long unitId) {
		return visits("where v.unit_id = :u", Map.of("u", unitId));
	}

	public List<Visit> visitsOf(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		return visits("where v.plan_id in (:p)", Map.of("p", planIds));
	}

	private List<Visit> visits(String where, Map<String, Object> params) {
		List<Visit> bare = this.jdbc.query("select v.id, v.plan_id, v.unit_id, v.unit_path, v.visit_date,"
				+ " v.checklist_id, v.version from supervision_visit v " + where + " order by v.visit_date, v.id",
				params, PlanStore::visitRow);
		if (bare.isEmpty()) {
			return bare;
		}
		Map<Long, List<String>> members = new LinkedHashMap<>();
		this.jdbc.query(
				"select visit_id, username from supervision_visit_member where visit_id in (:ids) order by username",
				Map.of("ids", bare.stream().map(Visit::id).toList()),
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> members
					.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(rs.getString(2)));
		return bare.stream()
			.map(v -> new Visit(v.id(), v.planId(), v.unitId(), v.unitPath(), v.visitDate(), v.checklistId(),
					members.getOrDefault(v.id(), List.of()), v.version()))
			.toList();
	}

	private static Visit visitRow(ResultSet rs, int i) throws SQLException {
		long checklist = rs.getLong(6);
		Long pinned = rs.wasNull() ? null : checklist;
		return new Visit(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getObject(5, LocalDate.class),
				pinned, List.of(), rs.getLong(7));
	}

	// ---- paths

	public void rewritePaths(String sqlPlan, String sqlPlanUnit, String sqlVisit, Map<String, Object> params) {
		this.jdbc.update(sqlPlan, params);
		this.jdbc.update(sqlPlanUnit, params);
		this.jdbc.update(sqlVisit, params);
	}

}
