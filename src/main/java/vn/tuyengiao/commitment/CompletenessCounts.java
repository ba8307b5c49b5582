package vn.tuyengiao.commitment;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.tuyengiao.member.MemberCounts;
import vn.tuyengiao.member.MemberStanding;
import vn.tuyengiao.member.MemberStatus;

/**
 * The counts behind a campaign's completeness for a subtree, by current cell: members per
 * cell and status on the reference date, and commitments per cell, status then and
 * commitment status. Members are today's kept counts ({@link MemberCounts}) corrected by
 * the members whose cell or status changed after the reference date (taken out as they
 * stand now, put back as they stood then; each half of the union uses the
 * {@code (unit_id, standing_since)} index, which an "or" would not), so a province is not
 * read member by member; commitments are read from the campaign's own rows.
 */
final class CompletenessCounts {

	/**
	 * One group: how many members of a cell with a status then and a commitment status.
	 */
	interface Sink {

		void accept(long unitId, String statusThen, String commitmentStatus, long count);

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final MemberCounts counts;

	CompletenessCounts(NamedParameterJdbcTemplate jdbc, MemberCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/**
	 * Every group of the subtree under {@code path}: members without a commitment (status
	 * null) and members with one, per cell and status on {@code date}.
	 */
	void forEach(String path, LocalDate date, long campaignId, Sink sink) {
		Map<Long, Map<String, Long>> members = new HashMap<>();
		this.counts.forEach(path, false, c -> {
			for (MemberStatus st : MemberStatus.values()) {
				if (c.get(st) != 0) {
					members.computeIfAbsent(c.unitId(), k -> new HashMap<>()).merge(st.name(), c.get(st), Long::sum);
				}
			}
		});
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", path + "%").addValue("d", date)
			.addValue("c", campaignId);
		this.jdbc.query("""
				select m.unit_id, m.status, %1$s from member m
				where m.unit_id in (select id from org_unit where path like :prefix) and m.standing_since > :d
				union all
				select m.unit_id, m.status, %1$s from member m
				where m.unit_id in (select id from org_unit where path like :prefix) and m.standing_since is null"""
			.formatted(MemberStanding.statusOnSql("m.id", ":d")), p, (ResultSet rs) -> {
				Map<String, Long> unit = members.computeIfAbsent(rs.getLong(1), k -> new HashMap<>());
				unit.merge(rs.getString(2), -1L, Long::sum);
				String then = rs.getString(3);
				if (then != null) {
					unit.merge(then, 1L, Long::sum);
				}
			});
		Map<Long, Map<String, Long>> committed = new HashMap<>();
		this.jdbc.query("""
				select m.unit_id, %s as status_then, c.status, count(*) from commitment c
				join member m on m.id = c.member_id
				where c.campaign_id = :c and m.unit_id in (select id from org_unit where path like :prefix)
				group by m.unit_id, status_then, c.status""".formatted(MemberStanding.memberStatusOnSql("m", ":d")), p,
				(ResultSet rs) -> {
					long unit = rs.getLong(1);
					String then = rs.getString(2);
					long n = rs.getLong(4);
					sink.accept(unit, then, rs.getString(3), n);
					committed.computeIfAbsent(unit, k -> new HashMap<>()).merge(String.valueOf(then), n, Long::sum);
				});
		members.forEach((unit, byStatus) -> byStatus.forEach((status, n) -> {
			long without = n - committed.getOrDefault(unit, Map.of()).getOrDefault(status, 0L);
			if (without > 0) {
				sink.accept(unit, status, null, without);
			}
		}));
	}

}
