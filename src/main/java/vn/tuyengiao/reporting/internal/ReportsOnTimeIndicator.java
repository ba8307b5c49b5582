package vn.tuyengiao.reporting.internal;

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
 * Scorecard column "reports on time": reports due in the period (deadline from the
 * period's start to its end or today, whichever is earlier) submitted by the deadline and
 * not returned since ({@code Obligation.isOnTime}) ÷ reports due. One grouped query on
 * the obligations' path copies.
 */
@Component
class ReportsOnTimeIndicator implements Indicator {

	private final NamedParameterJdbcTemplate jdbc;

	ReportsOnTimeIndicator(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static final Column COLUMN = new Column("reports", 60, Measure.RATE, Thresholds.of(90, 70));

	@Override
	public Column column() {
		return COLUMN;
	}

	@Override
	public Map<Long, Value> values(UnitGroups groups, ScorecardPeriod period) {
		Map<Long, Value> out = new HashMap<>();
		this.jdbc.query("""
				select %s,
				  sum(case when o.status in ('SUBMITTED', 'ACCEPTED') and o.first_submitted_on is not null
				      and o.first_submitted_on <= o.deadline then 1 else 0 end),
				  count(*)
				from report_obligation o
				where o.unit_path like :like and o.deadline between :from and :dueBy
				group by 1""".formatted(groups.keySql("o.unit_path")),
				new MapSqlParameterSource("like", groups.like()).addValue("from", period.from())
					.addValue("dueBy", period.dueBy()),
				groups.summing(out));
		return out;
	}

	@Override
	public List<Link> records(Scope scope, OrgUnit unit, ScorecardPeriod period) {
		return List.of(new Link("scorecard.link.reports", null, "/reporting?unit=" + unit.getId()));
	}

}
