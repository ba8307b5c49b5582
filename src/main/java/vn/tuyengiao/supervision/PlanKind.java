package vn.tuyengiao.supervision;

/** A supervision plan: the regular one of the year, or a thematic one. */
public enum PlanKind {

	REGULAR, THEMATIC;

	public String messageKey() {
		return "supervision.kind." + name();
	}

}
