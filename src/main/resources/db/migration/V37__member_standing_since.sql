-- The latest date on which a member's cell or status changed (the latest start or end of any of their cell and status
-- periods; null without periods), kept by MemberHistory and the import's batched writer. An earlier date's roll-up
-- corrects today's kept counts by the members of the subtree changed after that date: found through
-- (unit_id, standing_since) instead of every period of the database (CurrentTreeAsOf).
alter table member add column standing_since date;
update member set standing_since = greatest(
  coalesce((select max(greatest(p.valid_from, coalesce(p.valid_to, p.valid_from))) from member_status_period p
            where p.member_id = member.id), date '1000-01-01'),
  coalesce((select max(greatest(p.valid_from, coalesce(p.valid_to, p.valid_from))) from member_unit_period p
            where p.member_id = member.id), date '1000-01-01'));
update member set standing_since = null where standing_since = date '1000-01-01';
create index ix_member_unit_standing on member (unit_id, standing_since);
-- Members who left a cell after a date: the cell periods of the subtree's cells ending after it.
create index ix_member_unit_period_unit_to on member_unit_period (unit_id, valid_to);
-- V26's date indexes served only the whole-database search for changed members that this replaces.
drop index ix_member_status_period_from;
drop index ix_member_status_period_to;
drop index ix_member_unit_period_from;
drop index ix_member_unit_period_to;
