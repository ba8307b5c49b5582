package vn.tuyengiao.emulation;

/**
 * A collective (a unit) or an individual (a member or a named person of a unit). Labels:
 * {@code emulation.HolderKind.*}.
 */
public enum HolderKind {

	COLLECTIVE, INDIVIDUAL;

	public String messageKey() {
		return "emulation.HolderKind." + name();
	}

}
