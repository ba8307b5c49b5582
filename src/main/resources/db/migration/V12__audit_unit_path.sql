-- The audit log names the part of the organisation tree a change belongs to (the path of the unit of the
-- changed record: "/1/5/27/"), so the log can be filtered by unit and shown to an officer for his own part of
-- the tree only. Null for changes that belong to no unit (accounts, the document register's lists), which only
-- administrators see.
alter table audit_event add column unit_path varchar(1000);
create index ix_audit_unit_path on audit_event (unit_path);
create index ix_audit_user on audit_event (username);
create index ix_audit_entity on audit_event (entity_type);
