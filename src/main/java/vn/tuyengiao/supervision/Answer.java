package vn.tuyengiao.supervision;

import java.time.Instant;

/**
 * An answer to a checklist item, as sent by a phone (append-only, keyed by the client's
 * UUID). Status CURRENT is the answer in force; CONFLICT was sent by a device that had
 * not seen the answer in force (kept, shown, never lost); ORPHANED answers an item no
 * longer in the visit's checklist version.
 */
public record Answer(String uuid, long visitId, String itemCode, String value, String photoUuid, String status,
		String answeredBy, Instant answeredAt) {

	public static final String CURRENT = "CURRENT";

	public static final String CONFLICT = "CONFLICT";

	public static final String ORPHANED = "ORPHANED";

	public static final String SUPERSEDED = "SUPERSEDED";

}
