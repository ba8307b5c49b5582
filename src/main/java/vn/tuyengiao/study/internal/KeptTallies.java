package vn.tuyengiao.study.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.UnitPaths;
import vn.tuyengiao.org.UnitPathsChanged;

/**
 * The kept counts the roll-up reads: each member who attended any class of a campaign is
 * counted once, in the cell they belonged to on the first class they attended, on that
 * date ({@code campaign_attendee} and its per-cell, per-day sum {@code campaign_tally},
 * which carries a copy of the cell's path).
 */
@Component
public class KeptTallies {

	private final NamedParameterJdbcTemplate jdbc;

	KeptTallies(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private record Attendee(long unitId, LocalDate firstOn) {
	}

	/**
	 * Brings the kept counts in step for these members after their attendance changed.
	 * Runs in the transaction that changed the attendance, so the roll-up is never
	 * behind.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refreshAttendees(long campaignId, List<Long> memberIds) {
		for (int from = 0; from < memberIds.size(); from += 1000) {
			List<Long> chunk = memberIds.subList(from, Math.min(memberIds.size(), from + 1000));
			MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("ids", chunk);
			Map<Long, Attendee> kept = new HashMap<>();
			this.jdbc.query(
					"select member_id, unit_id, first_on from campaign_attendee where campaign_id = :c and member_id in (:ids)",
					p, rs -> {
						kept.put(rs.getLong(1), new Attendee(rs.getLong(2), rs.getDate(3).toLocalDate()));
					});
			Map<Long, Attendee> actual = new HashMap<>();
			this.jdbc.query(
					"""
							select a.member_id, a.unit_id, s.held_on from session_attendance a join study_session s on s.id = a.session_id
							where s.campaign_id = :c and a.member_id in (:ids) order by s.held_on, s.id""",
					p, rs -> {
						actual.putIfAbsent(rs.getLong(1), new Attendee(rs.getLong(2), rs.getDate(3).toLocalDate()));
					});
			for (Long id : chunk) {
				Attendee was = kept.get(id);
				Attendee now = actual.get(id);
				if (java.util.Objects.equals(was, now)) {
					continue;
				}
				MapSqlParameterSource q = new MapSqlParameterSource("c", campaignId).addValue("m", id);
				if (was != null) {
					this.jdbc.update("delete from campaign_attendee where campaign_id = :c and member_id = :m", q);
					tally(campaignId, was, -1);
				}
				if (now != null) {
					this.jdbc.update(
							"insert into campaign_attendee (campaign_id, member_id, unit_id, first_on) values (:c, :m, :u, :d)",
							q.addValue("u", now.unitId()).addValue("d", now.firstOn()));
					tally(campaignId, now, 1);
				}
			}
		}
	}

	private void tally(long campaignId, Attendee a, int delta) {
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("u", a.unitId())
			.addValue("d", a.firstOn())
			.addValue("n", delta);
		String update = "update campaign_tally set attended = attended + :n where campaign_id = :c and unit_id = :u and first_on = :d";
		if (this.jdbc.update(update, p) == 0) {
			// The cell's path copied with its row locked, so a concurrent move cannot
			// leave this row behind.
			p.addValue("path", UnitPaths.locked(this.jdbc, a.unitId()));
			this.jdbc.update("insert into campaign_tally (campaign_id, unit_id, first_on, attended, unit_path)"
					+ " values (:c, :u, :d, 0, :path) on conflict do nothing", p);
			this.jdbc.update(update, p);
		}
	}

	/**
	 * A subtree moved: the path copies on the kept tallies of its cells follow, in the
	 * transaction that moved it.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UnitPathsChanged moved) {
		this.jdbc.update(moved.rewriteSql("campaign_tally", "unit_path"), moved.parameters());
	}

}
