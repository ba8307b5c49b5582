package vn.tuyengiao.reporting;

import java.time.LocalDate;

/** A document in a unit's incoming register (sổ văn bản đến). */
public record Incoming(long id, long unitId, String number, LocalDate issuedOn, LocalDate receivedOn, Long issuerUnitId,
		String issuerName, String subject, String fileName, Long sizeBytes, String createdBy) {

	public boolean hasFile() {
		return this.fileName != null;
	}

}
