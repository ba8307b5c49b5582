package vn.tuyengiao.commitment;

/** How the text came in: the sectioned form, pasted free text, or an uploaded file. */
public enum EntryMode {

	FORM, TEXT, UPLOAD;

	public String messageKey() {
		return "commitment.mode." + name();
	}

}
