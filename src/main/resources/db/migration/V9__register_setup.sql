-- The register set up by its users: what an issuing body prints (kind, default signer, default recipients),
-- terms and document types edited with optimistic locking.

-- COMMITTEE: a party committee issuing in its own name ("TỈNH ỦY AN GIANG"); DEPARTMENT: a department or office
-- of a committee ("BAN TUYÊN GIÁO" under "HUYỆN ỦY VĨNH THUẬN").
alter table issuing_body add column kind varchar(20) default 'DEPARTMENT' not null;
-- NONE (the head signs in their own right), TM (T/M, on behalf of the collective), KT (K/T, a deputy for the head),
-- TL (T/L, by order).
alter table issuing_body add column signer_authority varchar(10) default 'NONE' not null;
alter table issuing_body add column signer_title varchar(100);
alter table issuing_body add column signer_name varchar(100);
-- Default recipients, one per line, without the filing line.
alter table issuing_body add column recipients varchar(2000);
-- The filing line, "Lưu." or "Lưu Văn phòng."
alter table issuing_body add column filing varchar(200);
-- A body may be set up before its abbreviation is known; it cannot number documents until it has one.
alter table issuing_body alter column abbreviation drop not null;

alter table committee_term add column version bigint default 0 not null;

alter table document_type add column active boolean default true not null;
alter table document_type add column version bigint default 0 not null;
