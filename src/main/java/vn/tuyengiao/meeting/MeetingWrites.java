package vn.tuyengiao.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The rows of a meeting beside its record, written after the whole input was checked:
 * attendance (every member on the roll) and self-reviews.
 */
final class MeetingWrites {

	private MeetingWrites() {
	}

	/**
	 * Expected and present: members on the roll who are not excused (exempt, away) are
	 * expected; an excused member who came anyway counts on both sides.
	 */
	static int[] counts(Map<Long, RollMember> onRoll, MeetingInput in) {
		Map<Long, Boolean> present = presence(in);
		int expected = 0;
		int here = 0;
		for (RollMember r : onRoll.values()) {
			boolean p = present.getOrDefault(r.memberId(), false);
			if (!r.excused() || p) {
				expected++;
			}
			if (p) {
				here++;
			}
		}
		return new int[] { expected, here };
	}

	static void attendance(NamedParameterJdbcTemplate jdbc, long meetingId, Map<Long, RollMember> onRoll,
			MeetingInput in) {
		jdbc.update("delete from meeting_attendance where meeting_id = :m", new MapSqlParameterSource("m", meetingId));
		Map<Long, Boolean> present = presence(in);
		Map<Long, String> reasons = new HashMap<>();
		in.attendance().forEach(a -> {
			if (!a.present() && a.absenceReason() != null && !a.absenceReason().isBlank()) {
				reasons.put(a.memberId(), a.absenceReason().strip());
			}
		});
		MapSqlParameterSource[] batch = onRoll.values()
			.stream()
			.map(r -> new MapSqlParameterSource("m", meetingId).addValue("p", r.memberId())
				.addValue("here", present.getOrDefault(r.memberId(), false))
				.addValue("x", r.excused())
				.addValue("why", reasons.get(r.memberId())))
			.toArray(MapSqlParameterSource[]::new);
		if (batch.length > 0) {
			jdbc.batchUpdate("insert into meeting_attendance (meeting_id, member_id, present, excused, absence_reason) "
					+ "values (:m, :p, :here, :x, :why)", batch);
		}
	}

	static void selfReviews(NamedParameterJdbcTemplate jdbc, long meetingId, List<Long> memberIds) {
		jdbc.update("delete from meeting_self_review where meeting_id = :m", new MapSqlParameterSource("m", meetingId));
		MapSqlParameterSource[] batch = memberIds.stream()
			.distinct()
			.map(id -> new MapSqlParameterSource("m", meetingId).addValue("p", id))
			.toArray(MapSqlParameterSource[]::new);
		if (batch.length > 0) {
			jdbc.batchUpdate("insert into meeting_self_review (meeting_id, member_id) values (:m, :p)", batch);
		}
	}

	private static Map<Long, Boolean> presence(MeetingInput in) {
		Map<Long, Boolean> present = new HashMap<>();
		in.attendance().forEach(a -> present.put(a.memberId(), a.present()));
		return present;
	}

}
