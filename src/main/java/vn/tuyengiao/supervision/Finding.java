package vn.tuyengiao.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding of a visit (append-only, keyed by the client's UUID): a strength or a
 * shortcoming, its checklist item, the evidence, the remedy required of the responsible
 * unit by a deadline, and where the remedy stands. {@code originalUnitId} is the unit
 * that was responsible before a merger passed the finding to its successor.
 */
public record Finding(String uuid, long visitId, FindingKind kind, String itemCode, String note, String photoUuid,
		String remedy, long responsibleUnitId, String responsiblePath, Long originalUnitId, LocalDate foundOn,
		LocalDate deadline, RemedyStatus remedyStatus, String remedyReport, String remedyPhotoUuid, String reportedBy,
		Instant reportedAt, String reviewedBy, Instant reviewedAt, String reviewNote, String createdBy, long version) {

	public boolean overdueOn(LocalDate day) {
		return this.remedyStatus.open() && this.deadline != null && this.deadline.isBefore(day);
	}

}
