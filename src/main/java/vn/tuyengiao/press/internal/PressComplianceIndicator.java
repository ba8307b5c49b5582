package vn.tuyengiao.press.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.press.PressCompliance;
import vn.tuyengiao.scorecard.Indicator;
import vn.tuyengiao.scorecard.ScorecardPeriod;
import vn.tuyengiao.scorecard.UnitGroups;

/**
 * Scorecard column "press compliance": units that subscribe every title the rules require
 * of them on the as-of date ÷ units with a required title, from the compliance page's own
 * computation ({@link PressCompliance#of}, one subscription query for the whole subtree),
 * folded into the scorecard's rows.
 */
@Component
class PressComplianceIndicator implements Indicator {

	private final PressCompliance compliance;

	PressComplianceIndicator(PressCompliance compliance) {
		this.compliance = compliance;
	}

	private static final Column COLUMN = new Column("press", 50, Measure.RATE, Thresholds.of(100, 90));

	@Override
	public Column column() {
		return COLUMN;
	}

	@Override
	public Map<Long, Value> values(UnitGroups groups, ScorecardPeriod period) {
		Map<Long, Value> out = new HashMap<>();
		// The scorecard checked its root against the user's scope; rows lie under it.
		PressCompliance.Compliance c = this.compliance.of(Scope.system(), groups.searchRootId(), period.asOf());
		for (PressCompliance.UnitLine line : c.units()) {
			groups.add(out, line.unitPath(), Value.rate(line.complete() ? 1 : 0, 1));
		}
		return out;
	}

	@Override
	public List<Link> records(Scope scope, OrgUnit unit, ScorecardPeriod period) {
		return List
			.of(new Link("scorecard.link.press", null, "/press?unit=" + unit.getId() + "&asOf=" + period.asOf()));
	}

}
