package vn.tuyengiao.org;

import java.time.LocalDate;

/**
 * A unit was merged into another on a date (closed, its children and members moved to the
 * target). Published inside the merge's transaction, once per merged unit, so that
 * modules holding open work of the merged unit (a report it still owes) pass it to the
 * successor in the same transaction. {@code by}: who recorded the merge.
 */
public record UnitMerged(long sourceId, long targetId, LocalDate date, String by) {

}
