package vn.tuyengiao.opinion.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a page or a request is about: the dates given, else the month of the date
 * given, else this month (from its first day to its last).
 */
record OpinionPeriod(LocalDate from, LocalDate to) {

	static OpinionPeriod of(LocalDate from, LocalDate to, LocalDate today) {
		if (from != null && to != null) {
			return new OpinionPeriod(from, to);
		}
		YearMonth month = YearMonth.from(from != null ? from : to != null ? to : today);
		return new OpinionPeriod(month.atDay(1), month.atEndOfMonth());
	}

	/** A whole calendar month: the monthly report's period. */
	boolean wholeMonth() {
		return this.from.getDayOfMonth() == 1 && YearMonth.from(this.from).atEndOfMonth().equals(this.to);
	}

}
