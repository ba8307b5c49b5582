-- H2 has no trigram indexes; evaluation data are small enough for the plain indexes of V1.
create index ix_org_unit_search on org_unit (search_name);
