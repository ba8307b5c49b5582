package vn.tuyengiao.org;

/**
 * A unit as a roll-up over a whole subtree needs it, read without loading the entity: a
 * national tree has some 36,000 units, and hydrating them all cost seconds.
 */
public record UnitOutline(long id, Long parentId, String path, OrgUnitKind kind) {
}
