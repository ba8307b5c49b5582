-- (unit_id, standing_since) serves every lookup by cell too; with both, a prepared statement's generic plan took the
-- narrower ix_member_unit and filtered standing_since row by row (109 → 66 ms for a province's changed members).
-- H2 keeps it: there it backs the foreign key to org_unit (V37_1 for H2 is empty).
drop index if exists ix_member_unit;
