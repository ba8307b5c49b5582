package vn.tuyengiao.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * Lists of recommendations limited to what the user sees: raised in their part of the
 * tree, or addressed to it. A unit filter narrows to recommendations raised under that
 * unit or addressed to it.
 */
@Service
public class RecommendationQueries {

	private static final String SELECT = """
			select id, raised_unit_id, addressee_unit_id, external_body, source_kind, source_label, raised_on, field,
			       subject, body, due_on, status, answer, answered_on, answer_seen, group_id, forwarded_to,
			       forwarded_from_id, reply_reference, reply_issued_on, source_ref
			from recommendation""";

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final Clock clock;

	RecommendationQueries(NamedParameterJdbcTemplate jdbc, OrgUnits org, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.clock = clock;
	}

	/** What a list asks for; every part may be null. */
	public record Filter(RecommendationView view, Long unitId, RecommendationStatus status, LocalDate from,
			LocalDate to) {

		public static Filter all() {
			return new Filter(null, null, null, null, null);
		}

	}

	@Transactional(readOnly = true)
	public List<RecommendationRow> list(Scope scope, Filter f) {
		String unitPath = f.unitId() == null ? null : this.org.get(scope, f.unitId()).getPath();
		MapSqlParameterSource p = new MapSqlParameterSource()
			.addValue("from", f.from() == null ? LocalDate.of(1900, 1, 1) : f.from())
			.addValue("to", f.to() == null ? LocalDate.of(9999, 12, 31) : f.to())
			.addValue("status", f.status() == null ? null : f.status().name());
		List<RecommendationRow> all = this.jdbc.query(SELECT
				+ " where raised_on between :from and :to and (cast(:status as varchar(30)) is null or status = :status)"
				+ " order by raised_on desc, id desc", p, (rs, i) -> row(rs));
		Map<Long, OrgUnit> units = units(all);
		RecommendationView view = f.view() == null ? RecommendationView.ALL : f.view();
		List<RecommendationRow> out = new ArrayList<>();
		for (RecommendationRow r : all) {
			String raised = units.get(r.raisedUnitId()).getPath();
			String addressee = units.get(r.addresseeUnitId()).getPath();
			boolean mine = scope.contains(raised);
			boolean toMe = scope.contains(addressee);
			if (!(mine || toMe)) {
				continue;
			}
			if (unitPath != null && !raised.startsWith(unitPath) && !addressee.startsWith(unitPath)) {
				continue;
			}
			boolean keep = switch (view) {
				case ALL -> true;
				case RAISED -> mine;
				case ADDRESSED -> toMe;
				case ANSWERS -> mine && r.status().isAnswered();
				case OVERDUE -> r.overdue();
			};
			if (keep) {
				out.add(r);
			}
		}
		if (view == RecommendationView.ANSWERS) {
			out.sort(Comparator.comparing(RecommendationRow::answeredOn).reversed());
		}
		return out;
	}

	/**
	 * Rows raised under a unit (its whole subtree) between two dates, for reports; the
	 * user must see the unit.
	 */
	@Transactional(readOnly = true)
	public List<RecommendationRow> raisedUnder(Scope scope, long unitId, LocalDate from, LocalDate to) {
		String path = this.org.get(scope, unitId).getPath();
		List<RecommendationRow> all = this.jdbc.query(
				SELECT + " where raised_on between :from and :to order by raised_on, id",
				new MapSqlParameterSource("from", from == null ? LocalDate.of(1900, 1, 1) : from).addValue("to",
						to == null ? LocalDate.of(9999, 12, 31) : to),
				(rs, i) -> row(rs));
		Map<Long, OrgUnit> units = units(all);
		return all.stream().filter(r -> units.get(r.raisedUnitId()).getPath().startsWith(path)).toList();
	}

	/**
	 * Answers the user's part of the tree received and has not opened yet (the badge):
	 * raised there, answered by a unit outside it.
	 */
	@Transactional(readOnly = true)
	public long unseenAnswers(Scope scope) {
		List<RecommendationRow> rows = this.jdbc.query(
				SELECT + " where answer_seen = false and status not in ('RECEIVED', 'IN_PROGRESS')",
				new MapSqlParameterSource(), (rs, i) -> row(rs));
		Map<Long, OrgUnit> units = units(rows);
		return rows.stream()
			.filter(r -> scope.contains(units.get(r.raisedUnitId()).getPath())
					&& !scope.contains(units.get(r.addresseeUnitId()).getPath()))
			.count();
	}

	/** The rows of one group, in order. */
	@Transactional(readOnly = true)
	public List<RecommendationRow> group(long groupId) {
		return this.jdbc.query(SELECT + " where group_id = :g order by id", new MapSqlParameterSource("g", groupId),
				(rs, i) -> row(rs));
	}

	private Map<Long, OrgUnit> units(List<RecommendationRow> rows) {
		Set<Long> ids = new HashSet<>();
		for (RecommendationRow r : rows) {
			ids.add(r.raisedUnitId());
			ids.add(r.addresseeUnitId());
		}
		return this.org.getAll(ids);
	}

	private RecommendationRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		RecommendationStatus status = RecommendationStatus.valueOf(rs.getString(12));
		LocalDate due = rs.getObject(11, LocalDate.class);
		Object group = rs.getObject(16);
		Object from = rs.getObject(18);
		return new RecommendationRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
				SourceKind.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, LocalDate.class),
				RecommendationField.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), due, status,
				rs.getString(13), rs.getObject(14, LocalDate.class), rs.getBoolean(15),
				group == null ? null : ((Number) group).longValue(), rs.getString(17),
				from == null ? null : ((Number) from).longValue(), rs.getString(19), rs.getObject(20, LocalDate.class),
				status.isOpen() && due.isBefore(LocalDate.now(this.clock)),
				rs.getObject(21) == null ? null : ((Number) rs.getObject(21)).longValue());
	}

}
