-- Optional second factor (TOTP, RFC 6238) per account, and which roles must use it.
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_confirmed_at timestamp;
alter table app_user add column totp_last_step bigint;

create table role_security_policy (
    role varchar(32) primary key,
    totp_required boolean not null default false,
    version bigint not null default 0,
    changed_by varchar(100),
    changed_at timestamp
);
insert into role_security_policy (role, totp_required) values ('ADMIN', false);
insert into role_security_policy (role, totp_required) values ('OFFICER', false);
insert into role_security_policy (role, totp_required) values ('CELL_SECRETARY', false);
insert into role_security_policy (role, totp_required) values ('VIEWER', false);

-- When the password was last set, for the configurable maximum age.
alter table app_user add column password_changed_at timestamp;
update app_user set password_changed_at = created_at;
