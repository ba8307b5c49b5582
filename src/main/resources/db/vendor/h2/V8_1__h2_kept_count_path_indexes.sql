-- Prefix scans of the kept counts under a unit ("path like '/1/5/%'").
create index ix_unit_member_count_path on unit_member_count (unit_path);
create index ix_campaign_tally_path on campaign_tally (campaign_id, unit_path);
