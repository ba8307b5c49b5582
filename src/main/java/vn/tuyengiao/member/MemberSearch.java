package vn.tuyengiao.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;

/**
 * Member lists: filters, paging and search that ignores diacritics. Plain SQL so the same
 * statement uses the trigram index on PostgreSQL and stays simple on H2.
 */
@Service
public class MemberSearch {

	/**
	 * Counting stops here; beyond it the list says "more than 1.000, filter further".
	 * Nobody pages through a thousand names, and counting a common name across the
	 * country to ten thousand was the slowest search.
	 */
	public static final int COUNT_CAP = 1_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final MemberStanding standing;

	private final MemberCounts counts;

	private volatile Boolean postgres;

	MemberSearch(NamedParameterJdbcTemplate jdbc, OrgUnits org, MemberStanding standing, MemberCounts counts) {
		this.jdbc = jdbc;
		this.org = org;
		this.standing = standing;
		this.counts = counts;
	}

	public record Query(String text, Long unitId, MemberStatus status, Gender gender, Boolean retiredCadre,
			boolean includeOffRoll) {

		public static Query all() {
			return new Query(null, null, null, null, null, false);
		}

	}

	public record Row(long id, String fullName, Gender gender, LocalDate birthDate, String cardNumber,
			LocalDate joinDate, LocalDate fullMemberDate, String position, MemberStatus status, boolean retiredCadre,
			long unitId, String unitName, String unitCode, String duties, LocalDate statusSince, String parentName) {
	}

	public record Page(List<Row> rows, long total, boolean capped, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/**
	 * One page in name order, with the number of matches counted up to
	 * {@link #COUNT_CAP}.
	 * <p>
	 * The matches are first collected unordered and capped (on PostgreSQL through the
	 * trigram index): that single pass gives the count and the page, sorted among at most
	 * {@link #COUNT_CAP} + 1 rows. Letting the planner walk the name index instead (what
	 * one ordered query does) reads most of the table when the matches sort late: "nguyen
	 * thi hoa" took 250 ms among 250,000 members.
	 */
	@Transactional(readOnly = true)
	public Page search(Scope scope, Query q, int page, int size) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, q, p);
		p.addValue("limit", size).addValue("offset", (long) page * size).addValue("cap", COUNT_CAP + 1);
		customPlans();
		// Every member has a unit (foreign key), so the join only matters when the scope
		// filters on its path.
		String from = where.contains("u.path") ? " from member m join org_unit u on u.id = m.unit_id"
				: " from member m";
		long[] total = { 0 };
		List<Long> ids = new ArrayList<>(size);
		this.jdbc.query("with hits as (select m.id, m.search_name" + from + where
				+ " limit :cap), page_ids as (select id, search_name from hits order by search_name, id limit :limit offset :offset)"
				+ " select c.total, pi.id from (select count(*) as total from hits) c left join page_ids pi on 1 = 1"
				+ " order by pi.search_name, pi.id", p, (ResultSet rs) -> {
					total[0] = rs.getLong(1);
					long id = rs.getLong(2);
					if (!rs.wasNull()) {
						ids.add(id);
					}
				});
		long t = total[0];
		// Beyond the cap the page is taken from the first 1.001 matches, in name order,
		// and the list asks the user
		// to narrow the search: walking the name index for the global first page read
		// half the table for a name
		// like "nguyen van phuoc" (4 s among 1.2M members).
		List<Row> rows = ids.isEmpty() ? List.of()
				: this.jdbc.query(SELECT + " where m.id in (:ids) order by m.search_name, m.id",
						new MapSqlParameterSource("ids", ids), MemberSearch::row);
		return new Page(rows, Math.min(t, COUNT_CAP), t > COUNT_CAP, page, size);
	}

	/**
	 * The columns the member list sorts by, each ending in the id so the order is total.
	 */
	public static final Map<String, List<String>> SORTS = Map.of("name", List.of("m.search_name"), "birth",
			List.of("coalesce(m.birth_date, date '1000-01-01')", "m.search_name"), "unit",
			List.of("u.path", "m.search_name"), "joined",
			List.of("coalesce(m.join_date, date '1000-01-01')", "m.search_name"));

	/**
	 * One page of the member list by key: the rows after member {@code after} in the
	 * chosen order, so every member can be reached however many match (an offset page
	 * stopped at the 1.000th). The count still stops at {@link #COUNT_CAP}.
	 */
	@Transactional(readOnly = true)
	public Listing.Slice<Row> list(Scope scope, Query q, Listing.Sort sort, Long after, int page, int size) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, q, p);
		customPlans();
		String from = where.contains("u.path") ? " from member m join org_unit u on u.id = m.unit_id"
				: " from member m";
		Long total = this.jdbc.queryForObject(
				"select count(*) from (select m.id" + from + where + " limit " + (COUNT_CAP + 1) + ") hits", p,
				Long.class);
		long t = total == null ? 0 : total;
		List<String> keys = new ArrayList<>(SORTS.getOrDefault(sort.key(), SORTS.get("name")));
		keys.add("m.id");
		String cond = where;
		if (after != null) {
			List<Object> values = Listing.cursor(this.jdbc,
					"select " + String.join(", ", keys)
							+ " from member m join org_unit u on u.id = m.unit_id where m.id = :after",
					after, keys.size());
			String k = Listing.keyset(keys, sort, values, p);
			if (!k.isEmpty()) {
				cond = (where.isEmpty() ? " where " : where + " and ") + k;
			}
		}
		String order = Listing.orderBy(keys, sort);
		p.addValue("limit", size + 1);
		List<Row> rows = this.jdbc.query(SELECT + cond + order + " limit :limit", p, MemberSearch::row);
		return Listing.Slice.of(rows, Math.min(t, COUNT_CAP), t > COUNT_CAP, page, size, Row::id);
	}

	/**
	 * On PostgreSQL, plans this transaction's statements for their actual values. The
	 * statements are the same text for every search, so after five executions the
	 * driver's prepared statement gets a generic plan, costed without the pattern or the
	 * path prefix; that plan walks every unit of the scope (a province: 123 ms instead of
	 * 36 ms among 250,000 members).
	 */
	private void customPlans() {
		Boolean pg = this.postgres;
		if (pg == null) {
			pg = this.jdbc.getJdbcTemplate()
				.execute((ConnectionCallback<Boolean>) c -> c.getMetaData()
					.getDatabaseProductName()
					.toLowerCase(java.util.Locale.ROOT)
					.contains("postgres"));
			this.postgres = pg;
		}
		if (Boolean.TRUE.equals(pg)) {
			this.jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
		}
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
	 * Members by status as of a date under a unit, from the histories: the units that
	 * were under it on that date (parent periods, so a cell moved by a 2025 merger still
	 * counts for its old commune before the merger), the members who were in those cells
	 * on that date, and their standing on that date
	 * ({@link MemberStanding#asOfByUnitHistory(long, LocalDate)}).
	 */
	@Transactional(readOnly = true)
	public Map<MemberStatus, Long> countsAsOf(long unitId, LocalDate date) {
		return this.standing.asOfByUnitHistory(unitId, date);
	}

	/**
	 * Current counts by status under a prefix (null: everything), for dashboards: the
	 * kept counts per unit ({@link MemberCounts}), not a count of the members.
	 */
	@Transactional(readOnly = true)
	public Map<MemberStatus, Long> currentCounts(String pathPrefix) {
		Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
		for (MemberStatus s : MemberStatus.values()) {
			counts.put(s, 0L);
		}
		this.counts.forEach(pathPrefix == null ? "/" : pathPrefix, false, c -> {
			for (MemberStatus s : MemberStatus.values()) {
				counts.merge(s, c.get(s), Long::sum);
			}
		});
		return counts;
	}

	private static final String SELECT = """
			select m.id, m.full_name, m.gender, m.birth_date, m.card_number, m.join_date, m.full_member_date,
			       m.position, m.status, m.retired_cadre, m.unit_id, u.name as unit_name, u.short_code,
			       m.duties, m.status_since, pu.name as parent_name
			from member m join org_unit u on u.id = m.unit_id left join org_unit pu on pu.id = u.parent_id""";

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
			String text = folded.replace("%", "").replace("_", "");
			// pg_trgm takes no trigram from a single word of one or two letters ("%vy%"):
			// the trigram index would hand
			// back every row to recheck (1.9 s among a million members). Written over an
			// expression, the same test
			// runs over a narrower btree index, or the table, instead.
			String name = text.length() < 3 && text.indexOf(' ') < 0 ? "(m.search_name || '')" : "m.search_name";
			if (folded.matches("[0-9.\\-]+")) {
				conditions.add("(m.card_number like :card or " + name + " like :q)");
				p.addValue("card", folded + "%");
			}
			else {
				conditions.add(name + " like :q");
			}
			p.addValue("q", "%" + text + "%");
		}
		if (q.status() != null) {
			conditions.add("m.status = :status");
			p.addValue("status", q.status().name());
		}
		else if (!q.includeOffRoll()) {
			conditions.add(MemberStanding.onRollSql("m"));
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
				rs.getObject("status_since", LocalDate.class), rs.getString("parent_name"));
	}

}
