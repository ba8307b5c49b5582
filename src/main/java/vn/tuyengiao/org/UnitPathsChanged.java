package vn.tuyengiao.org;

/**
 * A subtree was moved: every path that started with {@code oldPrefix} now starts with
 * {@code newPrefix} instead. Published inside the transaction that rewrote the tree, so
 * modules that keep a copy of unit paths next to their counts (for roll-ups that must not
 * join the whole tree) rewrite theirs in the same transaction.
 */
public record UnitPathsChanged(String oldPrefix, String newPrefix) {

	/**
	 * SQL rewriting a kept copy of unit paths in {@code table.column} the way the tree
	 * was rewritten; bind {@link #parameters()}.
	 */
	public String rewriteSql(String table, String column) {
		return "update " + table + " set " + column + " = :new || substring(" + column + " from :cut) where " + column
				+ " like :old";
	}

	/**
	 * Parameters of {@link #rewriteSql}: paths are ids and slashes, so the prefix needs
	 * no escaping in {@code like}.
	 */
	public java.util.Map<String, Object> parameters() {
		return java.util.Map.of("new", this.newPrefix, "cut", this.oldPrefix.length() + 1, "old", this.oldPrefix + "%");
	}

}
