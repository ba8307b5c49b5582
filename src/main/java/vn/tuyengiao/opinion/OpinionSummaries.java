package vn.tuyengiao.opinion;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.internal.OpinionFigures;

/**
 * The module's read API for other modules (periodic reports, dashboards): the public
 * opinion of a unit's subtree over a period.
 */
@Service
public class OpinionSummaries {

	private final OpinionFigures figures;

	OpinionSummaries(OpinionFigures figures) {
		this.figures = figures;
	}

	/**
	 * The summary for the unit and its subtree; the user must be able to read the unit.
	 */
	public OpinionSummary forUnit(Scope scope, long unitId, LocalDate from, LocalDate to) {
		return this.figures.summary(scope, unitId, from, to);
	}

}
