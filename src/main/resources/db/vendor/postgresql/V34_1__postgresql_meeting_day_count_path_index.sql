-- Prefix scans of the kept meeting counts under a unit ("unit_path like '/1/5/%'") within a period.
create index ix_meeting_day_count_path on meeting_day_count (unit_path varchar_pattern_ops, held_on);
