package vn.tuyengiao.user;

/**
 * What a user may do; where is given by the user's unit. Labels in messages
 * ({@code user.role.*}).
 */
public enum Role {

	/** Everything, everywhere, including users and the audit log. */
	ADMIN(true, true),
	/**
	 * Cán bộ tuyên giáo: reads and changes a unit and all below it, including the tree
	 * itself.
	 */
	OFFICER(true, true),
	/** Bí thư chi bộ: reads and changes the members of one cell. */
	CELL_SECRETARY(true, false),
	/** Reads a subtree, changes nothing. */
	VIEWER(false, false);

	private final boolean canWrite;

	private final boolean canManageUnits;

	Role(boolean canWrite, boolean canManageUnits) {
		this.canWrite = canWrite;
		this.canManageUnits = canManageUnits;
	}

	public boolean canWrite() {
		return this.canWrite;
	}

	public boolean canManageUnits() {
		return this.canManageUnits;
	}

	public String messageKey() {
		return "user.role." + name();
	}

}
