package vn.tuyengiao.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;

/**
 * Who owes a report for a period. The candidates are the direct children of the
 * responding root (or, with kinds named, every unit of those kinds in its subtree) that
 * were open at some time in the period; a unit closed before the period starts or opened
 * after it ends is not asked. A candidate still open on the deadline owes the report; one
 * closed by then (the 2025 mergers) passes it to the unit it was merged into, once
 * however many were merged; a unit dissolved without a successor owes nothing.
 */
public final class ObligationPlanner {

	private ObligationPlanner() {
	}

	public static List<OrgUnit> plan(List<OrgUnit> subtree, OrgUnit root, OrgUnit receiving, List<OrgUnitKind> kinds,
			LocalDate from, LocalDate to, LocalDate deadline, Function<Long, OrgUnit> byId) {
		Map<Long, OrgUnit> owners = new LinkedHashMap<>();
		for (OrgUnit u : subtree) {
			if (!u.getPath().startsWith(root.getPath()) || u.getId().equals(receiving.getId())) {
				continue;
			}
			boolean candidate = kinds == null || kinds.isEmpty() ? root.getId().equals(u.getParentId())
					: kinds.contains(u.getKind());
			if (!candidate || u.getValidFrom().isAfter(to)
					|| (u.getValidTo() != null && !u.getValidTo().isAfter(from))) {
				continue;
			}
			OrgUnit owner = owner(u, deadline, byId);
			if (owner != null && owner.getPath().startsWith(receiving.getPath())
					&& !owner.getId().equals(receiving.getId())) {
				owners.putIfAbsent(owner.getId(), owner);
			}
		}
		List<OrgUnit> out = new ArrayList<>(owners.values());
		out.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		return out;
	}

	/** The unit itself if open on the deadline, else its open successor, else null. */
	static OrgUnit owner(OrgUnit u, LocalDate deadline, Function<Long, OrgUnit> byId) {
		OrgUnit current = u;
		for (int hops = 0; hops < 10 && current != null; hops++) {
			if (current.isOpenOn(deadline)) {
				return current;
			}
			if (current.getValidTo() == null || current.getValidTo().isAfter(deadline)
					|| current.getMergedIntoId() == null) {
				return null;
			}
			current = byId.apply(current.getMergedIntoId());
		}
		return null;
	}

}
