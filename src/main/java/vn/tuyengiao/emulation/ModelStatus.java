package vn.tuyengiao.emulation;

/**
 * The model's lifecycle: registered → reviewed → launched → commended, and retired (with
 * a reason) from any of them. Yearly assessments and replication belong to launched or
 * commended models. Labels: {@code emulation.ModelStatus.*}.
 */
public enum ModelStatus {

	REGISTERED, REVIEWED, LAUNCHED, COMMENDED, RETIRED;

	public String messageKey() {
		return "emulation.ModelStatus." + name();
	}

	public boolean live() {
		return this != RETIRED;
	}

	/** Running models: followed up yearly, may be copied by other units. */
	public boolean running() {
		return this == LAUNCHED || this == COMMENDED;
	}

	/** The next step forward, if any (retiring is separate: it needs a reason). */
	public ModelStatus next() {
		return switch (this) {
			case REGISTERED -> REVIEWED;
			case REVIEWED -> LAUNCHED;
			case LAUNCHED -> COMMENDED;
			default -> null;
		};
	}

}
