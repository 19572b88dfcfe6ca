-- The security audit log: append-only. It holds who did what to which record, never confidential content.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null,
    kind        varchar(40)  not null,
    actor_email varchar(254),
    subject     varchar(120),
    details     varchar(500),
    address     varchar(64)
);

create index audit_entry_at_idx on audit_entry (at desc, id desc);
create index audit_entry_kind_at_idx on audit_entry (kind, at desc);
create index audit_entry_actor_at_idx on audit_entry (actor_email, at desc);

-- Nothing in Triad updates or deletes an entry; the database refuses it too.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
