-- PostgreSQL only: prefix scans on the org path ("everything under this unit") and substring search on
-- folded names ("nguyen van thang") use indexes instead of full scans.
create extension if not exists pg_trgm;
create index ix_org_unit_path_prefix on org_unit (path varchar_pattern_ops);
create index ix_member_search_trgm on member using gin (search_name gin_trgm_ops);
create index ix_org_unit_search_trgm on org_unit using gin (search_name gin_trgm_ops);
