package vn.tuyengiao.study;

/** What a campaign studies. */
public enum DocumentKind {

	THEMATIC_TOPIC, RESOLUTION, DIRECTIVE, CONCLUSION, OTHER;

	public String messageKey() {
		return "study.documentKind." + name();
	}

}
