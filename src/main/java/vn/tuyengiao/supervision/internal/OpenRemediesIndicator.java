package vn.tuyengiao.supervision.internal;

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
 * Scorecard column "open remedies": shortcomings found up to the period's end whose
 * remedy is still open (open, reported and awaiting review, or rejected), the overdue
 * ones (deadline before today) flagged and graded. One grouped query on the findings'
 * path copies.
 */
@Component
class OpenRemediesIndicator implements Indicator {

	private final NamedParameterJdbcTemplate jdbc;

	OpenRemediesIndicator(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static final Column COLUMN = new Column("remedies", 70, Measure.COUNT, Thresholds.of(0, 2));

	@Override
	public Column column() {
		return COLUMN;
	}

	@Override
	public Map<Long, Value> values(UnitGroups groups, ScorecardPeriod period) {
		Map<Long, Value> out = new HashMap<>();
		this.jdbc.query("""
				select %s, count(*), 0, sum(case when f.deadline < :today then 1 else 0 end)
				from supervision_finding f
				where f.responsible_path like :like and f.remedy_status in ('OPEN', 'REPORTED', 'REJECTED')
				  and f.found_on <= :to
				group by 1""".formatted(groups.keySql("f.responsible_path")),
				new MapSqlParameterSource("like", groups.like()).addValue("today", period.today())
					.addValue("to", period.to()),
				groups.summing(out));
		return out;
	}

	@Override
	public List<Link> records(Scope scope, OrgUnit unit, ScorecardPeriod period) {
		return List.of(new Link("scorecard.link.overdueRemedies", null, "/supervision/overdue"),
				new Link("scorecard.link.findings", null, "/supervision/findings"));
	}

}
