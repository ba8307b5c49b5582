package vn.tuyengiao.scorecard.internal;

import java.time.LocalDate;

import vn.tuyengiao.scorecard.Scorecards;

/**
 * What the scorecard page, its drill-down, the brief and the API are asked: the unit (the
 * user's own by default), the period and the as-of date of the tree; dates as dd/MM/yyyy
 * or ISO.
 */
record ScorecardQuery(Long unit, LocalDate from, LocalDate to, LocalDate asOf, String indicator) {

	Scorecards.Request request(long unitId) {
		return new Scorecards.Request(unitId, this.from, this.to, this.asOf);
	}

}
