package vn.tuyengiao.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.text.VietnameseText;

/**
 * Member lists: filters, paging and search that ignores diacritics. Plain SQL so the same statement uses
 * the trigram index on PostgreSQL and stays simple on H2.
 */
@Service
public class MemberSearch {

	/** Counting stops here; beyond it the list says "more than 10.000". */
	public static final int COUNT_CAP = 10_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgService org;

	MemberSearch(NamedParameterJdbcTemplate jdbc, OrgService org) {
		this.jdbc = jdbc;
		this.org = org;
	}

	public record Query(String text, Long unitId, MemberStatus status, Gender gender, Boolean retiredCadre,
			boolean includeOffRoll) {

		public static Query all() {
			return new Query(null, null, null, null, null, false);
		}

	}

	public record Row(long id, String fullName, Gender gender, LocalDate birthDate, String cardNumber,
			LocalDate joinDate, LocalDate fullMemberDate, String position, MemberStatus status, boolean retiredCadre,
			long unitId, String unitName, String unitCode, String duties, LocalDate statusSince) {
	}

	public record Page(List<Row> rows, long total, boolean capped, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	@Transactional(readOnly = true)
	public Page search(Scope scope, Query q, int page, int size) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, q, p);
		p.addValue("limit", size).addValue("offset", (long) page * size);
		List<Row> rows = this.jdbc.query(SELECT + where + " order by m.search_name, m.id limit :limit offset :offset", p,
				MemberSearch::row);
		p.addValue("cap", COUNT_CAP + 1);
		Long total = this.jdbc.queryForObject(
				"select count(*) from (select 1 from member m join org_unit u on u.id = m.unit_id" + where + " limit :cap) t", p,
				Long.class);
		long t = total == null ? 0 : total;
		return new Page(rows, Math.min(t, COUNT_CAP), t > COUNT_CAP, page, size);
	}

	/** Streams every matching row (no paging) for exports. */
	@Transactional(readOnly = true)
	public void forEach(Scope scope, Query q, java.util.function.Consumer<Row> sink) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, q, p);
		this.jdbc.query(SELECT + where + " order by u.path, m.search_name, m.id", p,
				(ResultSet rs) -> sink.accept(row(rs, 0)));
	}

	/**
	 * Members by status as of a date under a unit, from the histories: the units that were under it on that
	 * date (parent periods, so a cell moved by a 2025 merger still counts for its old commune before the merger),
	 * the members who were in those cells on that date, and their standing on that date.
	 */
	@Transactional(readOnly = true)
	public Map<MemberStatus, Long> countsAsOf(long unitId, LocalDate date) {
		MapSqlParameterSource p = new MapSqlParameterSource("d", date).addValue("root", unitId);
		String sql = """
				with recursive tree(id) as (
				    select cast(:root as bigint)
				    union all
				    select p.unit_id from org_unit_parent_period p join tree t on p.parent_id = t.id
				    where p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)
				)
				select s.status, count(*) from member_unit_period c
				join tree t on t.id = c.unit_id
				join member_status_period s on s.member_id = c.member_id
				where c.valid_from <= :d and (c.valid_to is null or c.valid_to > :d)
				  and s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)
				group by s.status""";
		Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
		for (MemberStatus s : MemberStatus.values()) {
			counts.put(s, 0L);
		}
		this.jdbc.query(sql, p, (ResultSet rs) -> {
			counts.put(MemberStatus.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	/** Current counts by status under a prefix (null: everything), for dashboards. */
	@Transactional(readOnly = true)
	public Map<MemberStatus, Long> currentCounts(String pathPrefix) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String sql = "select m.status, count(*) from member m"
				+ (pathPrefix == null ? "" : " join org_unit u on u.id = m.unit_id where u.path like :prefix")
				+ " group by m.status";
		if (pathPrefix != null) {
			p.addValue("prefix", pathPrefix + "%");
		}
		Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
		for (MemberStatus s : MemberStatus.values()) {
			counts.put(s, 0L);
		}
		this.jdbc.query(sql, p, (ResultSet rs) -> {
			counts.put(MemberStatus.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	private static final String SELECT = """
			select m.id, m.full_name, m.gender, m.birth_date, m.card_number, m.join_date, m.full_member_date,
			       m.position, m.status, m.retired_cadre, m.unit_id, u.name as unit_name, u.short_code,
			       m.duties, m.status_since
			from member m join org_unit u on u.id = m.unit_id""";

	private String where(Scope scope, Query q, MapSqlParameterSource p) {
		List<String> conditions = new ArrayList<>();
		String prefix = scope.pathPrefix();
		if (q.unitId() != null) {
			prefix = scope.narrow(this.org.get(q.unitId()).getPath());
		}
		if (prefix != null) {
			conditions.add("u.path like :prefix");
			p.addValue("prefix", prefix + "%");
		}
		String folded = VietnameseText.fold(q.text());
		if (!folded.isEmpty()) {
			if (folded.matches("[0-9.\\-]+")) {
				conditions.add("(m.card_number like :card or m.search_name like :q)");
				p.addValue("card", folded + "%");
			}
			else {
				conditions.add("m.search_name like :q");
			}
			p.addValue("q", "%" + folded.replace("%", "").replace("_", "") + "%");
		}
		if (q.status() != null) {
			conditions.add("m.status = :status");
			p.addValue("status", q.status().name());
		}
		else if (!q.includeOffRoll()) {
			conditions.add("m.status in ('ACTIVE', 'EXEMPT', 'AWAY')");
		}
		if (q.gender() != null) {
			conditions.add("m.gender = :gender");
			p.addValue("gender", q.gender().name());
		}
		if (q.retiredCadre() != null) {
			conditions.add("m.retired_cadre = :retired");
			p.addValue("retired", q.retiredCadre());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("full_name"), Gender.valueOf(rs.getString("gender")),
				rs.getObject("birth_date", LocalDate.class), rs.getString("card_number"),
				rs.getObject("join_date", LocalDate.class), rs.getObject("full_member_date", LocalDate.class),
				rs.getString("position"), MemberStatus.valueOf(rs.getString("status")), rs.getBoolean("retired_cadre"),
				rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("short_code"), rs.getString("duties"),
				rs.getObject("status_since", LocalDate.class));
	}

}
