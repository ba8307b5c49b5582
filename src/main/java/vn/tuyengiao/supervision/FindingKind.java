package vn.tuyengiao.supervision;

/** What the team found: a strength (ưu điểm) or a shortcoming (hạn chế). */
public enum FindingKind {

	STRENGTH, SHORTCOMING;

	public String messageKey() {
		return "supervision.findingKind." + name();
	}

}
