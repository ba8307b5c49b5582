package vn.tuyengiao.meeting.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.scorecard.Indicator;
import vn.tuyengiao.scorecard.ScorecardPeriod;
import vn.tuyengiao.scorecard.UnitGroups;

/**
 * Scorecard column "meetings with a lesson drawn": completed cell meetings of the period
 * that told a story about Uncle Ho and drew a lesson from it ÷ completed meetings, as the
 * meetings roll-up counts them. One grouped query.
 */
@Component
class MeetingLessonIndicator implements Indicator {

	private final NamedParameterJdbcTemplate jdbc;

	MeetingLessonIndicator(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static final Column COLUMN = new Column("meetings", 40, Measure.RATE, Thresholds.of(80, 50));

	@Override
	public Column column() {
		return COLUMN;
	}

	@Override
	public Map<Long, Value> values(UnitGroups groups, ScorecardPeriod period) {
		Map<Long, Value> out = new HashMap<>();
		this.jdbc.query("""
				select %s, sum(case when m.story_title is not null and m.lesson is not null then 1 else 0 end), count(*)
				from cell_meeting m join org_unit u on u.id = m.unit_id
				where u.path like :like and m.status = 'COMPLETED' and m.held_on between :from and :to
				group by 1""".formatted(groups.keySql("u.path")),
				new MapSqlParameterSource("like", groups.like()).addValue("from", period.from())
					.addValue("to", period.to()),
				groups.summing(out));
		return out;
	}

	@Override
	public List<Link> records(Scope scope, OrgUnit unit, ScorecardPeriod period) {
		return List.of(new Link("scorecard.link.meetings", null,
				"/meetings?unit=" + unit.getId() + "&from=" + period.from() + "&to=" + period.to()));
	}

}
