package vn.tuyengiao.commitment;

/** At year end, for the self-review (kiểm điểm): was the commitment kept? */
public enum FollowThrough {

	KEPT, PARTLY, NOT_KEPT;

	public String messageKey() {
		return "commitment.follow." + name();
	}

}
