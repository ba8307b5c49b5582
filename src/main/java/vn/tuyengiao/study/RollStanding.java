package vn.tuyengiao.study;

import java.time.LocalDate;

import vn.tuyengiao.member.MemberStatus;

/**
 * Whether a member was on the roll of their cell on a class date, and if not, why: the
 * reason as a message key and the date it names ("chuyển sinh hoạt từ 03/08/2026"). The
 * checklist greys such a member out and the save refuses them, naming the reason.
 *
 * @param onRoll on the roll (active, exempt or away) on the class date
 * @param reasonKey message key of the reason when not; null when on the roll
 * @param reasonDate the date the reason names, or null
 */
public record RollStanding(boolean onRoll, String reasonKey, LocalDate reasonDate) {

	private static final RollStanding ON_ROLL = new RollStanding(true, null, null);

	/**
	 * @param statusThen the member's status on the class date (null: none recorded then)
	 * @param joinDate the day they joined the Party
	 * @param nextStatusFrom the start of their first status period after the class date,
	 * or null
	 * @param heldOn the class date
	 */
	public static RollStanding of(String statusThen, LocalDate joinDate, LocalDate nextStatusFrom, LocalDate heldOn) {
		if (statusThen != null && MemberStatus.valueOf(statusThen).onRoll()) {
			return ON_ROLL;
		}
		if (statusThen != null) {
			return new RollStanding(false, "study.notOnRoll." + statusThen, null);
		}
		if (joinDate != null && joinDate.isAfter(heldOn)) {
			return new RollStanding(false, "study.notOnRoll.notJoined", joinDate);
		}
		if (nextStatusFrom != null) {
			return new RollStanding(false, "study.notOnRoll.onRollFrom", nextStatusFrom);
		}
		return new RollStanding(false, "study.notOnRoll.none", null);
	}

}
