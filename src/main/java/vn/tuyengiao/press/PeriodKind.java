package vn.tuyengiao.press;

import java.time.LocalDate;

/**
 * A subscription runs for a quarter (1–4), a half-year (1–2) or a year (1); labels
 * {@code press.period.*}.
 */
public enum PeriodKind {

	QUARTER(4, 3), HALF(2, 6), YEAR(1, 12);

	private final int count;

	private final int months;

	PeriodKind(int count, int months) {
		this.count = count;
		this.months = months;
	}

	public String messageKey() {
		return "press.period." + name();
	}

	/** How many such periods a year has. */
	public int count() {
		return this.count;
	}

	public boolean valid(int no) {
		return no >= 1 && no <= this.count;
	}

	public LocalDate start(int year, int no) {
		return LocalDate.of(year, 1 + (no - 1) * this.months, 1);
	}

	/** The last day of the period (inclusive). */
	public LocalDate end(int year, int no) {
		return start(year, no).plusMonths(this.months).minusDays(1);
	}

}
