package vn.tuyengiao.org;

/**
 * A subtree was moved: every path that started with {@code oldPrefix} now starts with {@code newPrefix} instead.
 * Published inside the transaction that rewrote the tree, so modules that keep a copy of unit paths next to their
 * counts (for roll-ups that must not join the whole tree) rewrite theirs in the same transaction.
 */
public record UnitPathsChanged(String oldPrefix, String newPrefix) {
}
