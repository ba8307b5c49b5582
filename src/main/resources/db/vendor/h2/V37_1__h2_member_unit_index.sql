-- Nothing on H2: ix_member_unit backs the foreign key to org_unit there (PostgreSQL drops it, see its V37_1).
select 1;
