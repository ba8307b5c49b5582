-- The members whose standing changed after a date (a cell or status period that starts or ends after it): an
-- earlier date's roll-up is today's kept counts corrected by these members only (MemberStanding.asOfByCurrentTree),
-- found through these indexes instead of reading every period of the subtree.
create index ix_member_status_period_from on member_status_period (valid_from);
create index ix_member_status_period_to on member_status_period (valid_to);
create index ix_member_unit_period_from on member_unit_period (valid_from);
create index ix_member_unit_period_to on member_unit_period (valid_to);
