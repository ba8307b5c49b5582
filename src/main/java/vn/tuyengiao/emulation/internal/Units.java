package vn.tuyengiao.emulation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;

/**
 * The units a user picks in the module's forms: open units of their scope, in tree order.
 */
@Component
class Units {

	private final OrgService org;

	Units(OrgService org) {
		this.org = org;
	}

	/**
	 * Open units of the scope, cells and committees (the ones that own models, exemplars
	 * and awards).
	 */
	List<OrgUnit> inScope(Scope scope) {
		LocalDate today = LocalDate.now();
		return this.org.subtree(scope.pathPrefix())
			.stream()
			.filter(u -> u.isOpenOn(today) && scope.contains(u.getPath()))
			.toList();
	}

	List<OrgUnit> committees(Scope scope) {
		return inScope(scope).stream()
			.filter(u -> !u.getKind().holdsMembers() || u.getKind() == OrgUnitKind.GRASSROOTS_CELL)
			.toList();
	}

	/**
	 * The unit a page opens on: the chosen one, else the user's own, else the first root.
	 */
	long defaultUnit(Scope scope, Long chosen) {
		if (chosen != null) {
			return chosen;
		}
		if (scope.rootUnitId() != null) {
			return scope.rootUnitId();
		}
		List<OrgUnit> roots = this.org.roots(scope);
		if (roots.isEmpty()) {
			throw AppException.notFound("org.notFound", 0);
		}
		return roots.get(0).getId();
	}

	OrgUnit byCode(String code) {
		return this.org.findByCode(code).orElseThrow(() -> AppException.invalid("org.notFoundCode", code));
	}

	OrgUnit get(Scope scope, long id) {
		return this.org.get(scope, id);
	}

}
