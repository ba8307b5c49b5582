package vn.tuyengiao.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How often a standing obligation recurs; each period is a date range, the deadline a day
 * of the month after it ends. Labels come from messages ({@code reporting.frequency.*}).
 */
public enum Frequency {

	MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS, YEARLY;

	public String messageKey() {
		return "reporting.frequency." + name();
	}

	/** The period of this rule that contains the date. */
	public Period periodOf(LocalDate date) {
		int y = date.getYear();
		return switch (this) {
			case MONTHLY -> new Period(date.withDayOfMonth(1), YearMonth.from(date).atEndOfMonth());
			case QUARTERLY -> {
				int first = (date.getMonthValue() - 1) / 3 * 3 + 1;
				yield new Period(LocalDate.of(y, first, 1), YearMonth.of(y, first + 2).atEndOfMonth());
			}
			case SIX_MONTHS -> new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30));
			case NINE_MONTHS -> new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 9, 30));
			case YEARLY -> new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
		};
	}

	/** The period after this one. */
	public Period next(Period p) {
		return switch (this) {
			case MONTHLY, QUARTERLY -> periodOf(p.to().plusDays(1));
			case SIX_MONTHS, NINE_MONTHS, YEARLY -> periodOf(p.from().plusYears(1));
		};
	}

	public record Period(LocalDate from, LocalDate to) {

		/**
		 * The given day of the month after the period ends (the month's last day at
		 * most).
		 */
		public LocalDate deadline(int day) {
			YearMonth month = YearMonth.from(this.to).plusMonths(1);
			return month.atDay(Math.min(Math.max(day, 1), month.lengthOfMonth()));
		}

	}

}
