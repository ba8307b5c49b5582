package vn.tuyengiao.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.internal.MeetingRoll;

/**
 * Kiểm điểm xoay vòng: the members of a cell present their self-review on following Uncle
 * Ho's example in turn, round robin over the roll. Due at a meeting: the members expected
 * that day (not exempt or away) who presented longest ago (never first, then by name), as
 * many as spread the whole roll over twelve monthly meetings (at least one).
 */
@Service
public class SelfReviewRotation {

	private final MeetingService meetings;

	private final MeetingRoll roll;

	private final NamedParameterJdbcTemplate jdbc;

	SelfReviewRotation(MeetingService meetings, MeetingRoll roll, NamedParameterJdbcTemplate jdbc) {
		this.meetings = meetings;
		this.roll = roll;
		this.jdbc = jdbc;
	}

	/** A member due, with the date they last presented (null: never). */
	public record Due(RollMember member, LocalDate lastPresented) {
	}

	@Transactional(readOnly = true)
	public List<Due> due(Scope scope, long cellId, LocalDate date) {
		this.meetings.cell(scope, cellId);
		List<RollMember> expected = this.roll.onRoll(cellId, date).values().stream().filter(r -> !r.excused()).toList();
		Map<Long, LocalDate> last = new HashMap<>();
		this.jdbc.query("""
				select r.member_id, max(m.held_on) from meeting_self_review r
				join cell_meeting m on m.id = r.meeting_id
				where m.unit_id = :cell and m.held_on < :d group by r.member_id""",
				new MapSqlParameterSource("cell", cellId).addValue("d", date), rs -> {
					last.put(rs.getLong(1), rs.getDate(2).toLocalDate());
				});
		List<RollMember> order = new ArrayList<>(expected);
		// The roll comes sorted by name: a stable sort keeps that order among equals.
		order.sort(Comparator.comparing((RollMember r) -> last.get(r.memberId()),
				Comparator.nullsFirst(Comparator.naturalOrder())));
		int n = perMeeting(expected.size());
		return order.stream().limit(n).map(r -> new Due(r, last.get(r.memberId()))).toList();
	}

	/** Members due per monthly meeting so that the whole roll presents within a year. */
	public static int perMeeting(int expected) {
		return expected == 0 ? 0 : Math.max(1, (expected + 11) / 12);
	}

}
