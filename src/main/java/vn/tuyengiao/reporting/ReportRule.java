package vn.tuyengiao.reporting;

import java.time.LocalDate;
import java.util.List;

import vn.tuyengiao.org.OrgUnitKind;

/**
 * A standing obligation: a report of this kind every period, by a day of the next month.
 */
public record ReportRule(long id, long receivingUnitId, long respondingRootId, List<OrgUnitKind> kinds, ReportType type,
		Frequency frequency, int deadlineDay, String title, LocalDate startsOn, boolean active) {
}
