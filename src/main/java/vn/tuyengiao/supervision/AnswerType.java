package vn.tuyengiao.supervision;

/** How a checklist item is answered. */
public enum AnswerType {

	YES_NO, COUNT, GRADE, TEXT, PHOTO;

	public String messageKey() {
		return "supervision.answerType." + name();
	}

}
