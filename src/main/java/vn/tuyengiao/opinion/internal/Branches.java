package vn.tuyengiao.opinion.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.org.OrgUnit;

/**
 * Folding figures kept per unit path into the branches under a unit: the unit's own line
 * first, then one line per child (everything under it), children open on the date or
 * holding figures.
 */
final class Branches {

	private Branches() {
	}

	/** Unit id → the sum of the values whose path falls in its branch. */
	static Map<Long, Long> fold(OrgUnit unit, List<OrgUnit> children, LocalDate on, Map<String, Long> byPath) {
		Map<Long, Long> out = new LinkedHashMap<>();
		out.put(unit.getId(), byPath.getOrDefault(unit.getPath(), 0L));
		for (OrgUnit c : children) {
			long sum = 0;
			for (Map.Entry<String, Long> e : byPath.entrySet()) {
				if (e.getKey().startsWith(c.getPath())) {
					sum += e.getValue();
				}
			}
			if (sum > 0 || c.isOpenOn(on)) {
				out.put(c.getId(), sum);
			}
		}
		return out;
	}

	/** The id of the branch (the unit itself or one of its children) a path falls in. */
	static long branchOf(OrgUnit unit, List<OrgUnit> children, String path) {
		for (OrgUnit c : children) {
			if (path.startsWith(c.getPath())) {
				return c.getId();
			}
		}
		return unit.getId();
	}

}
