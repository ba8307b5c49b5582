-- A copy of the unit's path on each kept-count row, so that a roll-up sums them per child of its root without joining
-- the organisation tree: a national roll-up joined 218k org_unit rows (the widest table read) only to learn each
-- row's path. The copies are rewritten in the same transaction whenever a subtree moves (OrgService publishes
-- UnitPathsChanged; the member and study modules rewrite their own rows).
alter table unit_member_count add column unit_path varchar(1000);
update unit_member_count set unit_path = (select u.path from org_unit u where u.id = unit_member_count.unit_id);
alter table unit_member_count alter column unit_path set not null;

alter table campaign_tally add column unit_path varchar(1000);
update campaign_tally set unit_path = (select u.path from org_unit u where u.id = campaign_tally.unit_id);
alter table campaign_tally alter column unit_path set not null;
