package vn.tuyengiao.emulation.internal;

import java.time.LocalDate;
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
 * Scorecard column "models coverage", as the coverage page counts it
 * ({@code EmulationRollup.coverage}): units that must have a model (commune and
 * grassroots committees, sub-committees, cells) open on the as-of date with a live model
 * of learning from Uncle Ho in the year of the period's end ÷ those units. One grouped
 * query.
 */
@Component
class ModelCoverageIndicator implements Indicator {

	private final NamedParameterJdbcTemplate jdbc;

	ModelCoverageIndicator(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static final Column COLUMN = new Column("models", 30, Measure.RATE, Thresholds.of(80, 60));

	@Override
	public Column column() {
		return COLUMN;
	}

	@Override
	public Map<Long, Value> values(UnitGroups groups, ScorecardPeriod period) {
		int year = period.to().getYear();
		Map<Long, Value> out = new HashMap<>();
		this.jdbc.query("""
				select %s,
				  sum(case when exists (select 1 from emulation_model m where m.owner_unit_id = u.id
				      and m.movement = 'HO_CHI_MINH' and m.start_date <= :yearEnd
				      and (m.retired_on is null or m.retired_on >= :yearStart)) then 1 else 0 end),
				  count(*)
				from org_unit u
				where u.path like :like and u.kind in (:kinds)
				  and u.valid_from <= :d and (u.valid_to is null or u.valid_to > :d)
				group by 1""".formatted(groups.keySql("u.path")), new MapSqlParameterSource("like", groups.like())
			.addValue("kinds", vn.tuyengiao.emulation.EmulationRollup.MUST_HAVE_MODEL.stream().map(Enum::name).toList())
			.addValue("yearStart", LocalDate.of(year, 1, 1))
			.addValue("yearEnd", LocalDate.of(year, 12, 31))
			.addValue("d", period.asOf()), groups.summing(out));
		return out;
	}

	@Override
	public List<Link> records(Scope scope, OrgUnit unit, ScorecardPeriod period) {
		return List.of(
				new Link("scorecard.link.modelCoverage", null,
						"/models/coverage?unit=" + unit.getId() + "&year=" + period.to().getYear()),
				new Link("scorecard.link.models", null, "/models?unit=" + unit.getId()));
	}

}
