-- Nothing on H2: it has no partial indexes (PostgreSQL's V38 indexes the retired cadres and the probationary members).
select 1;
