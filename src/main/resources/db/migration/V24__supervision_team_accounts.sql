-- Supervision teams are picked as accounts (issue 13): the account's id is kept next to its login, and the
-- full name at the time of picking, so the plan reads the same after the account is renamed or removed.
-- Rows typed before this migration take the id and name of the account with that login, if any.
alter table supervision_team_member add column user_id bigint;
alter table supervision_team_member add column full_name varchar(200);
update supervision_team_member t set
    user_id = (select u.id from app_user u where u.username = t.username),
    full_name = coalesce((select u.full_name from app_user u where u.username = t.username), t.username);
alter table supervision_team_member alter column full_name set not null;

alter table supervision_visit_member add column user_id bigint;
alter table supervision_visit_member add column full_name varchar(200);
update supervision_visit_member m set
    user_id = (select u.id from app_user u where u.username = m.username),
    full_name = coalesce((select u.full_name from app_user u where u.username = m.username), m.username);
alter table supervision_visit_member alter column full_name set not null;

-- Paged lists and the findings export read findings by visit and remedy state in date order.
create index supervision_visit_date on supervision_visit (visit_date, id);
