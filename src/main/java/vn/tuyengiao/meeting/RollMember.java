package vn.tuyengiao.meeting;

/**
 * A member on a cell's roll on a meeting date, with their status then: exempt (miễn sinh
 * hoạt) and away (đi làm ăn xa) members are listed but not expected.
 */
public record RollMember(long memberId, String fullName, String position, String statusThen, String cardNumber) {

	/** Excused from meetings on that date: not counted in the expected attendance. */
	public boolean excused() {
		return "EXEMPT".equals(this.statusThen) || "AWAY".equals(this.statusThen);
	}

}
