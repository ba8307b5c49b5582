package vn.tuyengiao.org;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the organisation tree needs to know about members, implemented by the member
 * module so that this module does not depend on it.
 */
public interface UnitMembership {

	/**
	 * Members currently in the party (active, exempt, away) per unit id, for every unit
	 * under the prefix.
	 */
	Map<Long, Long> currentMemberCounts(String pathPrefix);

	/** Members currently in the party whose cell is this unit. */
	long currentMembersOf(long unitId);

	/**
	 * Moves every current member of one cell to another as of a date, keeping the earlier
	 * assignment.
	 */
	int moveMembers(long fromUnitId, long toUnitId, LocalDate date);

}
