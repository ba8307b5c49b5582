-- The home page counts the retired cadres and the probationary members on the roll of the user's subtree
-- (MemberStanding.rollNow). Partial indexes over those few members (32,494 and 3,913 of a 200,000-member province)
-- let each count read only them: 80-135 ms for a full scan of the province's members, 13 ms with these.
create index ix_member_retired_cadre on member (unit_id, status) where retired_cadre;
create index ix_member_probationary on member (unit_id, status) where full_member_date is null;
-- The members changed since a date across a whole province (the completeness roll-up's correction,
-- CompletenessCounts): (unit_id, standing_since) serves a commune; a province read all 200,000 members to find
-- the 11,847 changed since 1 January (59 ms of 87), a range of this index finds them in 14 ms.
create index ix_member_standing_since on member (standing_since);
