-- Prefix scans of the kept counts under a unit ("unit_path like '/1/5/%'"): a province's roll-up reads its own
-- rows from these indexes alone (the counts are included), not the whole country's.
create index ix_unit_member_count_path on unit_member_count (unit_path varchar_pattern_ops)
    include (active, exempt, away, transferred_out, deceased);
create index ix_campaign_tally_path on campaign_tally (campaign_id, unit_path varchar_pattern_ops) include (first_on, attended);
