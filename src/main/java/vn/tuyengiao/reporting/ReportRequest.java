package vn.tuyengiao.reporting;

import java.time.LocalDate;
import java.util.List;

import vn.tuyengiao.org.OrgUnitKind;

/**
 * A request for reports: from an incoming document or a standing rule, which units answer
 * (a subtree, or kinds of unit in it), for which period, by when, to whom.
 */
public record ReportRequest(long id, Long incomingId, Long ruleId, long receivingUnitId, long respondingRootId,
		List<OrgUnitKind> kinds, ReportType type, String title, LocalDate periodFrom, LocalDate periodTo,
		LocalDate deadline, Long campaignId, String createdBy) {
}
