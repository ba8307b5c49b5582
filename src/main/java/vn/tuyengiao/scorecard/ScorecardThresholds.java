package vn.tuyengiao.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.scorecard.internal.ThresholdStore;

/**
 * Thresholds an administrator or officer who manages the unit sets for a scope; they
 * apply to the unit and everything below it until a unit below sets its own.
 */
@Service
public class ScorecardThresholds {

	/**
	 * A line of the thresholds page: in force at the unit, set there ({@code own}) or
	 * above, with the version to send back.
	 */
	public record Line(String key, Indicator.Measure measure, Indicator.Thresholds inForce,
			Indicator.Thresholds defaults, boolean own, boolean inherited, long version, String text) {
	}

	private final Scorecards scorecards;

	private final ThresholdStore store;

	private final OrgUnits org;

	private final Messages messages;

	ScorecardThresholds(Scorecards scorecards, ThresholdStore store, OrgUnits org, Messages messages) {
		this.messages = messages;
		this.scorecards = scorecards;
		this.store = store;
		this.org = org;
	}

	@Transactional(readOnly = true)
	public List<Line> lines(Scope scope, long unitId) {
		OrgUnit unit = this.org.get(scope, unitId);
		Map<String, ThresholdStore.Setting> set = this.store.inForce(unit.getPath());
		List<Line> lines = new ArrayList<>();
		for (Indicator i : this.scorecards.indicators()) {
			ThresholdStore.Setting s = set.get(i.key());
			boolean own = s != null && s.setAtUnitId().equals(unit.getId());
			Indicator.Thresholds t = s != null ? s.thresholds() : i.defaults();
			lines.add(new Line(i.key(), i.measure(), t, i.defaults(), own, s != null && !own, own ? s.version() : -1,
					this.scorecards.thresholdText(i.measure(), t)));
		}
		return lines;
	}

	/**
	 * Sets the unit's own thresholds for an indicator; {@code version} is the one the
	 * form showed (-1 when the unit had none). Refused with a Vietnamese message when the
	 * numbers are out of order, and with a conflict when someone changed them meanwhile.
	 */
	@Transactional
	public void set(Scope scope, long unitId, String key, BigDecimal green, BigDecimal amber, long version) {
		OrgUnit unit = this.org.get(scope, unitId);
		scope.requireManageUnits(unit.getPath());
		Indicator indicator = this.scorecards.indicator(key);
		String label = this.messages.get(indicator.labelKey());
		if (green == null || amber == null) {
			throw AppException.invalid("scorecard.thresholdMissing", label);
		}
		if (green.signum() < 0 || amber.signum() < 0) {
			throw AppException.invalid("scorecard.thresholdNegative", label);
		}
		if (indicator.measure() == Indicator.Measure.RATE) {
			if (green.compareTo(BigDecimal.valueOf(100)) > 0 || amber.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw AppException.invalid("scorecard.thresholdOver100", label);
			}
			if (amber.compareTo(green) > 0) {
				throw AppException.invalid("scorecard.thresholdRateOrder", label);
			}
		}
		else if (amber.compareTo(green) < 0) {
			throw AppException.invalid("scorecard.thresholdCountOrder", label);
		}
		if (!this.store.save(unit.getId(), unit.getPath(), key, green, amber, version, scope.username())) {
			throw AppException.staleVersion();
		}
	}

	/** Back to the thresholds above the unit (or the defaults). */
	@Transactional
	public void reset(Scope scope, long unitId, String key, long version) {
		OrgUnit unit = this.org.get(scope, unitId);
		scope.requireManageUnits(unit.getPath());
		this.scorecards.indicator(key);
		if (!this.store.reset(unit.getId(), key, version)) {
			throw AppException.staleVersion();
		}
	}

}
