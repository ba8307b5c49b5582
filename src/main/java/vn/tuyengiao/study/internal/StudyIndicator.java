package vn.tuyengiao.study.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberCounts;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.scorecard.Indicator;
import vn.tuyengiao.scorecard.ScorecardPeriod;
import vn.tuyengiao.scorecard.UnitGroups;

/**
 * Scorecard column "study rate": party members who attended a class of the campaigns
 * running in the period ÷ active members (the roll-up's rate: total − exempt − away),
 * summed over those campaigns. Attendance from the kept per-cell tallies
 * ({@code campaign_tally}) in one grouped query; members from the kept counts, one
 * grouped query per campaign.
 */
@Component
class StudyIndicator implements Indicator {

	private final NamedParameterJdbcTemplate jdbc;

	private final MemberCounts counts;

	StudyIndicator(NamedParameterJdbcTemplate jdbc, MemberCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	private static final Column COLUMN = new Column("study", 10, Measure.RATE, Thresholds.of(90, 70));

	@Override
	public Column column() {
		return COLUMN;
	}

	private record Campaign(long id, String title, String ownerPath) {
	}

	private List<Campaign> campaigns(ScorecardPeriod p) {
		return this.jdbc
			.query("""
					select c.id, c.title, (select u.path from org_unit u where u.id = c.owner_unit_id)
					from study_campaign c where c.period_from <= :to and c.period_to >= :from order by c.period_from, c.id""",
					new MapSqlParameterSource("from", p.from()).addValue("to", p.to()),
					(rs, n) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3)));
	}

	@Override
	public Map<Long, Value> values(UnitGroups groups, ScorecardPeriod period) {
		Map<Long, Value> out = new HashMap<>();
		List<Long> ids = new ArrayList<>();
		for (Campaign c : campaigns(period)) {
			String within = groups.within(c.ownerPath());
			if (within == null) {
				continue;
			}
			ids.add(c.id());
			this.counts.sumBy(within, groups::keySql,
					u -> groups.add(out, u.path(), Value.rate(0, u.get(MemberStatus.ACTIVE))));
		}
		if (ids.isEmpty()) {
			return out;
		}
		this.jdbc.query("""
				select %s, sum(t.attended), 0 from campaign_tally t
				where t.campaign_id in (:ids) and t.first_on <= :to and t.unit_path like :like
				group by 1""".formatted(groups.keySql("t.unit_path")),
				new MapSqlParameterSource("ids", ids).addValue("to", period.to()).addValue("like", groups.like()),
				groups.summing(out));
		return out;
	}

	@Override
	public List<Link> records(Scope scope, OrgUnit unit, ScorecardPeriod period) {
		List<Link> links = new ArrayList<>();
		for (Campaign c : campaigns(period)) {
			if (c.ownerPath().startsWith(unit.getPath()) || unit.getPath().startsWith(c.ownerPath())) {
				links.add(new Link("scorecard.link.campaign", c.title(),
						"/study/campaigns/" + c.id() + "?unit=" + unit.getId()));
				links.add(new Link("scorecard.link.notYetStudied", c.title(),
						"/study/campaigns/" + c.id() + "/missing?unit=" + unit.getId()));
			}
		}
		return links;
	}

}
