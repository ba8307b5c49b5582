-- Spring Modulith finds a publication by its serialized event; a hash index, as in Modulith's own PostgreSQL
-- schema, since a btree entry is limited to about 2.7 kB.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
