package vn.tuyengiao.supervision.internal;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.Visit;

/**
 * Who may see and do what: the issuing unit's part of the tree sees its plans; the team
 * sees and fills the visits of its plan; the visited unit sees its own visit and findings
 * and reports its remedies.
 */
public final class Access {

	private Access() {
	}

	public static boolean seesPlan(Scope scope, Plan plan) {
		return scope.contains(plan.unitPath()) || plan.onTeam(scope.username());
	}

	public static boolean seesVisit(Scope scope, Plan plan, Visit visit) {
		return seesPlan(scope, plan) || scope.contains(visit.unitPath());
	}

	public static void requireVisit(Scope scope, Plan plan, Visit visit) {
		if (!seesVisit(scope, plan, visit)) {
			throw AppException.forbidden();
		}
	}

	/**
	 * Answers, findings and remedy decisions: the team, or the issuing unit's officers.
	 */
	public static void requireTeam(Scope scope, Plan plan, Visit visit) {
		requireVisit(scope, plan, visit);
		if (!scope.canWrite()) {
			throw AppException.readOnly();
		}
		boolean team = plan.onTeam(scope.username()) || visit.members().contains(scope.username());
		if (!team && !scope.contains(plan.unitPath())) {
			throw new AppException(403, "supervision.teamOnly");
		}
	}

	/** Changing the plan itself: the issuing unit's officers. */
	public static void requireIssuer(Scope scope, Plan plan) {
		scope.requireWrite(plan.unitPath());
	}

}
