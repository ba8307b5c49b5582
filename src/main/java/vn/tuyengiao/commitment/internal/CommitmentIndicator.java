package vn.tuyengiao.commitment.internal;

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
 * Scorecard column "commitments signed": members expected by the campaigns of the
 * period's years (active, and away or exempt where the campaign expects them) with a
 * commitment the cell committee signed (signed or appraised) ÷ those expected. Per
 * campaign one grouped count of commitments and one of the kept member counts.
 */
@Component
class CommitmentIndicator implements Indicator {

	private final NamedParameterJdbcTemplate jdbc;

	private final MemberCounts counts;

	CommitmentIndicator(NamedParameterJdbcTemplate jdbc, MemberCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	private static final Column COLUMN = new Column("commitments", 20, Measure.RATE, Thresholds.of(95, 80));

	@Override
	public Column column() {
		return COLUMN;
	}

	private record Campaign(long id, String title, String ownerPath, boolean exempt, boolean away) {

		List<String> expected() {
			List<String> s = new ArrayList<>(List.of(MemberStatus.ACTIVE.name()));
			if (this.exempt) {
				s.add(MemberStatus.EXEMPT.name());
			}
			if (this.away) {
				s.add(MemberStatus.AWAY.name());
			}
			return s;
		}

	}

	private List<Campaign> campaigns(ScorecardPeriod p) {
		return this.jdbc.query("""
				select c.id, c.title, (select u.path from org_unit u where u.id = c.owner_unit_id), c.expect_exempt,
				  c.expect_away
				from commitment_campaign c where c.campaign_year between :y1 and :y2 order by c.campaign_year, c.id""",
				new MapSqlParameterSource("y1", p.from().getYear()).addValue("y2", p.to().getYear()),
				(rs, n) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
						rs.getBoolean(5)));
	}

	@Override
	public Map<Long, Value> values(UnitGroups groups, ScorecardPeriod period) {
		Map<Long, Value> out = new HashMap<>();
		for (Campaign c : campaigns(period)) {
			String within = groups.within(c.ownerPath());
			if (within == null) {
				continue;
			}
			this.counts.sumBy(within, groups::keySql, u -> {
				long expected = u.get(MemberStatus.ACTIVE) + (c.exempt() ? u.get(MemberStatus.EXEMPT) : 0)
						+ (c.away() ? u.get(MemberStatus.AWAY) : 0);
				groups.add(out, u.path(), Value.rate(0, expected));
			});
			this.jdbc.query("""
					select %s, count(*), 0 from commitment k
					join member m on m.id = k.member_id join org_unit u on u.id = m.unit_id
					where k.campaign_id = :c and k.status in ('SIGNED', 'APPRAISED') and m.status in (:expected)
					  and u.path like :like
					group by 1""".formatted(groups.keySql("u.path")),
					new MapSqlParameterSource("c", c.id()).addValue("expected", c.expected())
						.addValue("like", within + "%"),
					groups.summing(out));
		}
		return out;
	}

	@Override
	public List<Link> records(Scope scope, OrgUnit unit, ScorecardPeriod period) {
		List<Link> links = new ArrayList<>();
		for (Campaign c : campaigns(period)) {
			if (c.ownerPath().startsWith(unit.getPath()) || unit.getPath().startsWith(c.ownerPath())) {
				links.add(new Link("scorecard.link.campaign", c.title(),
						"/commitments/campaigns/" + c.id() + "?unit=" + unit.getId()));
			}
		}
		return links;
	}

}
