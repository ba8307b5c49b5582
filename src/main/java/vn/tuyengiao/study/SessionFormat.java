package vn.tuyengiao.study;

public enum SessionFormat {

	IN_PERSON, ONLINE;

	public String messageKey() {
		return "study.format." + name();
	}

}
