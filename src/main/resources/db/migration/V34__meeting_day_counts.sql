-- Cell meetings counted per cell and day, kept in step with every write of a meeting (same transaction), so that a
-- province's roll-up sums narrow rows by path instead of reading every meeting joined with the organisation tree.
-- Per day rather than per month: a roll-up's period is any pair of dates, and a day row sums exactly into it. A cell
-- holds one or two meetings a month, so the table has about as many rows as cell_meeting, each a fifth as wide.
-- unit_path is a copy of the cell's path, rewritten when a subtree moves (UnitPathsChanged), as V8 does for study.
create table meeting_day_count (
    unit_id        bigint        not null references org_unit (id),
    held_on        date          not null,
    unit_path      varchar(1000) not null,
    completed      integer       not null,
    thematic       integer       not null,
    with_story     integer       not null,
    with_lesson    integer       not null,
    drafts         integer       not null,
    present        integer       not null,
    expected       integer       not null,
    regular_story  integer       not null,
    regular_lesson integer       not null,
    primary key (unit_id, held_on)
);

insert into meeting_day_count (unit_id, held_on, unit_path, completed, thematic, with_story, with_lesson, drafts,
                               present, expected, regular_story, regular_lesson)
select m.unit_id, m.held_on, u.path,
       sum(case when m.status = 'COMPLETED' then 1 else 0 end),
       sum(case when m.status = 'COMPLETED' and m.kind = 'THEMATIC' then 1 else 0 end),
       sum(case when m.status = 'COMPLETED' and m.story_title is not null then 1 else 0 end),
       sum(case when m.status = 'COMPLETED' and m.story_title is not null and m.lesson is not null then 1 else 0 end),
       sum(case when m.status = 'DRAFT' then 1 else 0 end),
       sum(case when m.status = 'COMPLETED' then m.present_count else 0 end),
       sum(case when m.status = 'COMPLETED' then m.expected_count else 0 end),
       sum(case when m.status = 'COMPLETED' and m.kind = 'REGULAR' and m.story_title is not null then 1 else 0 end),
       sum(case when m.status = 'COMPLETED' and m.kind = 'REGULAR' and m.story_title is not null
                and m.lesson is not null then 1 else 0 end)
from cell_meeting m join org_unit u on u.id = m.unit_id
group by m.unit_id, m.held_on, u.path;
