package vn.tuyengiao.common;

/**
 * The part of the organisation tree a user sees and may change: every unit whose path
 * starts with {@code pathPrefix} (null for administrators, who see everything).
 */
public record Scope(String username, String pathPrefix, Long rootUnitId, boolean canWrite, boolean canManageUnits,
		boolean admin) {

	public static Scope system() {
		return new Scope("system", null, null, true, true, true);
	}

	public boolean contains(String unitPath) {
		return this.pathPrefix == null || (unitPath != null && unitPath.startsWith(this.pathPrefix));
	}

	public void requireRead(String unitPath) {
		if (!contains(unitPath)) {
			throw AppException.forbidden();
		}
	}

	public void requireWrite(String unitPath) {
		requireRead(unitPath);
		if (!this.canWrite) {
			throw AppException.readOnly();
		}
	}

	public void requireManageUnits(String unitPath) {
		requireWrite(unitPath);
		if (!this.canManageUnits) {
			throw new AppException(403, "error.cannotManageUnits");
		}
	}

	/**
	 * The narrower of the user's scope and a chosen unit's subtree, for filters: a user
	 * who picks a unit outside their scope gets an error, not other people's data.
	 */
	public String narrow(String chosenUnitPath) {
		if (chosenUnitPath == null) {
			return this.pathPrefix;
		}
		requireRead(chosenUnitPath);
		return chosenUnitPath;
	}

}
