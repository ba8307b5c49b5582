package vn.tuyengiao.opinion;

/**
 * Which way an opinion leans (chiều hướng): agreeing, opposing, or hesitant and worried.
 */
public enum Tendency {

	AGREE, OPPOSE, HESITANT;

	public String messageKey() {
		return "opinion.tendency." + name();
	}

}
