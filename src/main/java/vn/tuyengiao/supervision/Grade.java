package vn.tuyengiao.supervision;

/** The answers of a GRADE item. */
public enum Grade {

	GOOD, FAIR, AVERAGE, POOR;

	public String messageKey() {
		return "supervision.grade." + name();
	}

}
