package vn.tuyengiao.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitsOnDate;
import vn.tuyengiao.scorecard.Indicator.Value;
import vn.tuyengiao.scorecard.internal.ThresholdStore;
import vn.tuyengiao.text.VnFormat;

/**
 * Builds the scorecard of a unit: its direct children (on the tree of the as-of date) ×
 * the indicators, each indicator asked once for all rows, graded against the thresholds
 * in force at the unit.
 */
@Service
public class Scorecards {

	/** What a scorecard is asked for; nulls take the defaults (this year to today). */
	public record Request(long unitId, LocalDate from, LocalDate to, LocalDate asOf) {
	}

	private final OrgUnits org;

	private final UnitsOnDate history;

	private final List<Indicator> indicators;

	private final ThresholdStore thresholds;

	private final Messages messages;

	private final Clock clock;

	Scorecards(OrgUnits org, UnitsOnDate history, List<Indicator> indicators, ThresholdStore thresholds,
			Messages messages, Clock clock) {
		this.org = org;
		this.history = history;
		this.indicators = indicators.stream().sorted(Comparator.comparingInt(Indicator::order)).toList();
		this.thresholds = thresholds;
		this.messages = messages;
		this.clock = clock;
	}

	public List<Indicator> indicators() {
		return this.indicators;
	}

	/** The indicator with this key; a Vietnamese error naming the key otherwise. */
	public Indicator indicator(String key) {
		return this.indicators.stream()
			.filter(i -> i.key().equals(key))
			.findFirst()
			.orElseThrow(() -> AppException.invalid("scorecard.unknownIndicator", key));
	}

	/** The period of a request with its defaults, checked. */
	public ScorecardPeriod period(Request r) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate to = r.to() != null ? r.to() : today;
		LocalDate from = r.from() != null ? r.from() : LocalDate.of(to.getYear(), 1, 1);
		if (to.isBefore(from)) {
			throw AppException.invalid("scorecard.periodInvalid", VnFormat.shortDate(from), VnFormat.shortDate(to));
		}
		LocalDate asOf = r.asOf() != null ? r.asOf() : to;
		if (asOf.isAfter(today)) {
			throw AppException.invalid("scorecard.asOfFuture", VnFormat.shortDate(asOf));
		}
		return new ScorecardPeriod(from, to, asOf, today);
	}

	/** Every indicator. */
	@Transactional(readOnly = true)
	public Scorecard scorecard(Scope scope, Request r) {
		return scorecard(scope, r, this.indicators);
	}

	/** One indicator only (the drill-down of a cell). */
	@Transactional(readOnly = true)
	public Scorecard scorecard(Scope scope, Request r, String key) {
		return scorecard(scope, r, List.of(indicator(key)));
	}

	/** Pages listing the records behind one unit's cell. */
	@Transactional(readOnly = true)
	public List<Indicator.Link> records(Scope scope, Request r, String key) {
		OrgUnit unit = this.org.get(scope, r.unitId());
		return indicator(key).records(scope, unit, period(r));
	}

	private Scorecard scorecard(Scope scope, Request r, List<Indicator> columns) {
		OrgUnit root = this.org.get(scope, r.unitId());
		ScorecardPeriod period = period(r);
		LocalDate asOf = period.asOf();
		boolean historical = asOf.isBefore(period.today()) && this.history.changedSince(root, asOf);
		List<OrgUnit> rowUnits;
		UnitGroups groups;
		if (historical) {
			rowUnits = this.history.childrenOn(root, asOf);
			String top = root.getPath().substring(0, root.getPath().indexOf('/', 1) + 1);
			groups = UnitGroups.onDate(root.getPath(), top, this.history.branchesOn(root, asOf));
		}
		else {
			rowUnits = this.org.children(root).stream().filter(u -> u.isOpenOn(asOf)).toList();
			Map<Long, String> paths = new HashMap<>();
			rowUnits.forEach(u -> paths.put(u.getId(), u.getPath()));
			groups = UnitGroups.current(root.getPath(), paths);
		}
		Map<Long, String> labels = this.org.labels(rowUnits);
		Map<String, ThresholdStore.Setting> set = this.thresholds.inForce(root.getPath());
		List<Scorecard.Column> cols = new ArrayList<>();
		Map<String, Map<Long, Value>> values = new LinkedHashMap<>();
		for (Indicator indicator : columns) {
			ThresholdStore.Setting s = set.get(indicator.key());
			Indicator.Thresholds t = s != null ? s.thresholds() : indicator.defaults();
			cols.add(new Scorecard.Column(indicator.key(), this.messages.get(indicator.labelKey()), indicator.measure(),
					t, s == null ? null : s.setAtUnitId(), thresholdText(indicator.measure(), t)));
			values.put(indicator.key(), rowUnits.isEmpty() ? Map.of() : indicator.values(groups, period));
		}
		List<Scorecard.Row> rows = new ArrayList<>();
		Map<String, Value> totals = new HashMap<>();
		for (OrgUnit u : rowUnits.stream().sorted(Comparator.comparing(OrgUnit::getSearchName)).toList()) {
			List<Scorecard.Cell> cells = new ArrayList<>();
			for (Scorecard.Column c : cols) {
				Value v = values.get(c.key()).getOrDefault(u.getId(), Value.ZERO);
				totals.merge(c.key(), v, Value::plus);
				cells.add(cell(c, v));
			}
			rows.add(new Scorecard.Row(u.getId(), labels.get(u.getId()), cells));
		}
		List<Scorecard.Cell> totalCells = cols.stream()
			.map(c -> cell(c, totals.getOrDefault(c.key(), Value.ZERO)))
			.toList();
		return new Scorecard(root.getId(), this.org.label(root), period.from(), period.to(), asOf, historical,
				List.copyOf(cols), List.copyOf(rows),
				new Scorecard.Row(0, this.messages.get("scorecard.total"), totalCells));
	}

	private Scorecard.Cell cell(Scorecard.Column c, Value v) {
		if (c.measure() == Indicator.Measure.RATE) {
			if (v.denominator() == 0) {
				return new Scorecard.Cell(c.key(), v, null, Scorecard.Light.NONE,
						this.messages.get("scorecard.noData"));
			}
			BigDecimal pct = BigDecimal.valueOf(v.numerator())
				.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(v.denominator()), 2, RoundingMode.HALF_UP);
			Scorecard.Light light = pct.compareTo(c.thresholds().green()) >= 0 ? Scorecard.Light.GREEN
					: pct.compareTo(c.thresholds().amber()) >= 0 ? Scorecard.Light.AMBER : Scorecard.Light.RED;
			return new Scorecard.Cell(c.key(), v, pct, light, VnFormat.ratio(v.numerator(), v.denominator()) + " ("
					+ VnFormat.percent(v.numerator(), v.denominator()) + ")");
		}
		BigDecimal flagged = BigDecimal.valueOf(v.flagged());
		Scorecard.Light light = flagged.compareTo(c.thresholds().green()) <= 0 ? Scorecard.Light.GREEN
				: flagged.compareTo(c.thresholds().amber()) <= 0 ? Scorecard.Light.AMBER : Scorecard.Light.RED;
		String text = v.flagged() > 0 ? this.messages.get("scorecard.countFlagged", VnFormat.number(v.numerator()),
				VnFormat.number(v.flagged())) : VnFormat.number(v.numerator());
		return new Scorecard.Cell(c.key(), v, null, light, text);
	}

	/**
	 * "Xanh ≥ 90%, vàng 70–90%, đỏ < 70%" or, for a count, "Xanh ≤ 0, vàng ≤ 2, đỏ > 2".
	 */
	public String thresholdText(Indicator.Measure measure, Indicator.Thresholds t) {
		String g = plain(t.green());
		String a = plain(t.amber());
		return this.messages
			.get(measure == Indicator.Measure.RATE ? "scorecard.thresholdRate" : "scorecard.thresholdCount", g, a);
	}

	static String plain(BigDecimal n) {
		return n.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
