-- Stale saves: each item of an alignment meeting's checklist carries a version, so that a checklist saved from a page
-- opened before someone else's save is refused (409) instead of overwriting it.
alter table alignment_agenda_item add column version bigint not null default 0;
