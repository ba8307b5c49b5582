-- Card-number prefix search ("card_number like '9112%'") can only use a btree index whose operator class
-- compares bytes: the unique index follows the database collation, which is not "C" in most installations.
create index ix_member_card_prefix on member (card_number varchar_pattern_ops);

-- Status filters without a name ("đi làm ăn xa", "từ trần"): the matches are counted from this index alone
-- (unit_id included for the scope's path check) and the first page in name order is read straight from it
-- instead of scanning the table.
create index ix_member_status_name on member (status, search_name, id) include (unit_id);

-- Searches inside a province or commune: walking the scope's units through this index checks status and name
-- without reading the table, where the trigram index would read every match in the whole country to learn its
-- unit. Also lets the tree's per-unit member counts come from the index alone.
create index ix_member_unit_status_name on member (unit_id, status, search_name, id);
