package vn.tuyengiao.commitment;

/** What members write in a campaign; labels in messages ({@code commitment.kind.*}). */
public enum CommitmentKind {

	/** Bản cam kết tu dưỡng, rèn luyện, phấn đấu. */
	YEARLY_COMMITMENT,
	/**
	 * Bản đăng ký / kế hoạch cá nhân học tập và làm theo tư tưởng, đạo đức, phong cách Hồ
	 * Chí Minh.
	 */
	PERSONAL_PLAN;

	public String messageKey() {
		return "commitment.kind." + name();
	}

}
