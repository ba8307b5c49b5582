package vn.tuyengiao.meeting.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.member.MemberStanding;
import vn.tuyengiao.meeting.RollMember;

/**
 * Who was on a cell's roll on a date, from the member module's cell and status histories
 * (its published SQL fragments), and the names of members who were not.
 */
@Component
public class MeetingRoll {

	private final NamedParameterJdbcTemplate jdbc;

	MeetingRoll(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The members on the cell's roll on the date, by name, keyed by id. */
	public Map<Long, RollMember> onRoll(long cellId, LocalDate date) {
		MapSqlParameterSource p = new MapSqlParameterSource("cell", cellId).addValue("d", date);
		Map<Long, RollMember> roll = new LinkedHashMap<>();
		this.jdbc.query("""
				select m.id, m.full_name, m.position, %s as status_then, m.card_number
				from member_unit_period c join member m on m.id = c.member_id
				where c.unit_id = :cell and %s
				order by m.search_name, m.id""".formatted(MemberStanding.statusOnSql("m.id", ":d"),
				MemberStanding.validOnSql("c", ":d")), p, rs -> {
					String status = rs.getString(4);
					if (status != null && MemberStanding.ON_ROLL.stream().anyMatch(s -> s.name().equals(status))) {
						roll.put(rs.getLong(1), new RollMember(rs.getLong(1), rs.getString(2), rs.getString(3), status,
								rs.getString(5)));
					}
				});
		return roll;
	}

	/** Names of members by id (any cell); ids that do not exist are left out. */
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.query("select id, full_name from member where id in (:ids)", new MapSqlParameterSource("ids", ids),
				rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		return names;
	}

	/** Member ids by card number (any cell); unknown numbers are left out. */
	public Map<String, Long> byCardNumber(Collection<String> cards) {
		Map<String, Long> ids = new HashMap<>();
		if (cards.isEmpty()) {
			return ids;
		}
		List<String> list = List.copyOf(cards);
		for (int from = 0; from < list.size(); from += 1000) {
			this.jdbc.query("select card_number, id from member where card_number in (:c)",
					new MapSqlParameterSource("c", list.subList(from, Math.min(list.size(), from + 1000))), rs -> {
						ids.put(rs.getString(1), rs.getLong(2));
					});
		}
		return ids;
	}

}
