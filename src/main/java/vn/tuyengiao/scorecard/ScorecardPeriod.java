package vn.tuyengiao.scorecard;

import java.time.LocalDate;

/**
 * The period a scorecard counts ({@code from}–{@code to}, both inclusive) and the date
 * whose tree it is drawn on ({@code asOf}, by default {@code to}); {@code today} for
 * "overdue" and "now".
 */
public record ScorecardPeriod(LocalDate from, LocalDate to, LocalDate asOf, LocalDate today) {

	/** The earlier of {@code to} and today: what can be due or late by now. */
	public LocalDate dueBy() {
		return this.to.isBefore(this.today) ? this.to : this.today;
	}

}
