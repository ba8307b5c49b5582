package vn.tuyengiao.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit of a plan's team to one unit on a date. {@code checklistId} is null until the
 * first answer or finding arrives: until then the visit follows the plan's latest
 * checklist version, from then on it keeps the version it started with.
 */
public record Visit(long id, long planId, long unitId, String unitPath, LocalDate visitDate, Long checklistId,
		List<String> members, long version) {

	public boolean started() {
		return this.checklistId != null;
	}

}
