-- Counts kept in step with every write, so that roll-ups over a province or the whole country read one row per
-- unit instead of grouping millions of rows, and stay live (no rebuild step).

-- Members per unit and current status; maintained by the member module (create, status change, transfer, import).
create table unit_member_count (
    unit_id         bigint primary key references org_unit (id),
    active          bigint not null default 0,
    exempt          bigint not null default 0,
    away            bigint not null default 0,
    transferred_out bigint not null default 0,
    deceased        bigint not null default 0
);
insert into unit_member_count (unit_id, active, exempt, away, transferred_out, deceased)
select unit_id,
       sum(case when status = 'ACTIVE' then 1 else 0 end),
       sum(case when status = 'EXEMPT' then 1 else 0 end),
       sum(case when status = 'AWAY' then 1 else 0 end),
       sum(case when status = 'TRANSFERRED_OUT' then 1 else 0 end),
       sum(case when status = 'DECEASED' then 1 else 0 end)
from member group by unit_id;

-- The cell a member belonged to on the class date: attendance is counted there, even after a later transfer.
alter table session_attendance add column unit_id bigint references org_unit (id);
update session_attendance set unit_id = coalesce(
    (select c.unit_id from member_unit_period c join study_session s on s.id = session_attendance.session_id
     where c.member_id = session_attendance.member_id and c.valid_from <= s.held_on
       and (c.valid_to is null or c.valid_to > s.held_on)
     order by c.valid_from desc fetch first 1 rows only),
    (select m.unit_id from member m where m.id = session_attendance.member_id));
alter table session_attendance alter column unit_id set not null;

-- One row per member who attended any class of a campaign: the first class date and the cell on that date.
create table campaign_attendee (
    campaign_id bigint not null references study_campaign (id),
    member_id   bigint not null references member (id),
    unit_id     bigint not null references org_unit (id),
    first_on    date   not null,
    primary key (campaign_id, member_id)
);

-- Attendees per campaign, cell and first class date: what the roll-up reads ("as of" a date sums the days up to it).
create table campaign_tally (
    campaign_id bigint  not null references study_campaign (id),
    unit_id     bigint  not null references org_unit (id),
    first_on    date    not null,
    attended    integer not null,
    primary key (campaign_id, unit_id, first_on)
);

-- The first class a member attended in each campaign (earliest date, then the earliest class), with the cell recorded.
insert into campaign_attendee (campaign_id, member_id, unit_id, first_on)
select campaign_id, member_id, unit_id, held_on from (
    select s.campaign_id, a.member_id, a.unit_id, s.held_on,
           row_number() over (partition by s.campaign_id, a.member_id order by s.held_on, s.id) as n
    from session_attendance a join study_session s on s.id = a.session_id) x
where n = 1;

insert into campaign_tally (campaign_id, unit_id, first_on, attended)
select campaign_id, unit_id, first_on, count(*) from campaign_attendee group by campaign_id, unit_id, first_on;
