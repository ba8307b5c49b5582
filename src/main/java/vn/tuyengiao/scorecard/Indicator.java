package vn.tuyengiao.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;

/**
 * One column of the scorecard, implemented by the module that owns the data (study,
 * commitment, emulation, meeting, press, reporting, supervision) in its own
 * {@code internal} package, over its own tables only. {@link #values} answers for every
 * row at once: one or a few grouped queries however many units, never a query per unit.
 */
public interface Indicator {

	/** Whether a higher rate or count is better. */
	enum Direction {

		HIGHER_IS_BETTER, LOWER_IS_BETTER

	}

	/**
	 * A rate (numerator over denominator, graded on the percentage) or a count (graded on
	 * {@link Value#flagged()}: open remedies graded on the overdue ones).
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ScorecardMeasure")
	enum Measure {

		RATE, COUNT

	}

	/**
	 * A cell's figures: for a rate the numerator and denominator ("178/189"); for a count
	 * the count in {@code numerator} and the part that needs attention in
	 * {@code flagged}.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ScorecardValue")
	record Value(long numerator, long denominator, long flagged) {

		public static final Value ZERO = new Value(0, 0, 0);

		public static Value rate(long numerator, long denominator) {
			return new Value(numerator, denominator, 0);
		}

		public static Value count(long count, long flagged) {
			return new Value(count, 0, flagged);
		}

		public Value plus(Value o) {
			return new Value(this.numerator + o.numerator, this.denominator + o.denominator, this.flagged + o.flagged);
		}

	}

	/**
	 * Green from {@code green}, amber from {@code amber}: for a rate, percentages (green
	 * when at least {@code green}); for a count where lower is better, the most that is
	 * still green or amber.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ScorecardThresholds")
	record Thresholds(BigDecimal green, BigDecimal amber) {

		public static Thresholds of(int green, int amber) {
			return new Thresholds(BigDecimal.valueOf(green), BigDecimal.valueOf(amber));
		}

	}

	/**
	 * A page that lists the records behind a cell's number: the message key of its name
	 * (with one argument, e.g. a campaign's title, or null) and its address.
	 */
	record Link(String labelKey, String argument, String href) {
	}

	/**
	 * What the scorecard needs to know of a column besides its figures: the stable key
	 * (used in URLs, the API and the thresholds table: "study"), the column order (small
	 * first), whether it is a rate or a count, and the thresholds used until an
	 * administrator sets others for a scope.
	 */
	record Column(String key, int order, Measure measure, Thresholds defaults) {
	}

	Column column();

	/** Stable key, used in URLs, the API and the thresholds table ("study"). */
	default String key() {
		return column().key();
	}

	/** Column order, small first. */
	default int order() {
		return column().order();
	}

	/** Message key of the Vietnamese column name. */
	default String labelKey() {
		return "scorecard.indicator." + key();
	}

	default Measure measure() {
		return column().measure();
	}

	default Direction direction() {
		return measure() == Measure.RATE ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
	}

	/** Thresholds used until an administrator sets others for a scope. */
	default Thresholds defaults() {
		return column().defaults();
	}

	/**
	 * The figures of every row of {@code groups} for the period, by row unit id; rows
	 * with nothing to count may be left out. Implementations filter by
	 * {@link UnitGroups#like()} and fold by {@link UnitGroups#keySql(String)} /
	 * {@link UnitGroups#rowOf(String)} (or {@link UnitGroups#summing(Map)}).
	 */
	Map<Long, Value> values(UnitGroups groups, ScorecardPeriod period);

	/**
	 * Pages listing the records behind the number of one unit (already checked against
	 * the user's scope), filtered to that unit where the page allows it.
	 */
	List<Link> records(Scope scope, OrgUnit unit, ScorecardPeriod period);

}
