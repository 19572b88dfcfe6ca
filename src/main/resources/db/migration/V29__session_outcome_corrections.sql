-- Issue 16: a coach may correct a session's outcome within a window the programme sets; the ledger line the old
-- outcome wrote is reversed by a line of its own (both kept), so a line says which one it reverses.
alter table programme add column outcome_correction_days integer not null default 14
    check (outcome_correction_days between 0 and 90);

alter table hours_entry add column reverses_id bigint references hours_entry (id) on delete cascade;
create unique index hours_entry_reverses_idx on hours_entry (reverses_id) where reverses_id is not null;
alter table hours_entry drop constraint if exists hours_entry_kind_check;
alter table hours_entry add constraint hours_entry_kind_check
    check (kind in ('SESSION_HELD', 'LATE_CANCELLATION', 'NO_SHOW', 'CONSECUTIVE_CANCELLATION', 'ADJUSTMENT', 'CORRECTION'));
