package vn.tuyengiao.study;

/**
 * Appraisal of a learning essay (bài thu hoạch): passed grades, or "cần bổ sung" returned
 * to the member.
 */
public enum EssayGrade {

	EXCELLENT, GOOD, PASS, NEEDS_REVISION;

	public String messageKey() {
		return "study.essayGrade." + name();
	}

}
