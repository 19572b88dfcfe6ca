-- Data rights (issue 8): HR erases a closed engagement's personal content once the retention period has passed
-- (triad.retention.period). The engagement row stays, with its facts and the aggregates' numbers; this column says
-- when its content went, so that its pages say so instead of showing blanks.
alter table engagement
    add column erased_on date,
    add constraint engagement_erased_only_when_closed check (erased_on is null or phase = 'CLOSED');

-- HR's retention page looks for closed engagements not yet erased.
create index engagement_closed_not_erased_idx on engagement (id) where phase = 'CLOSED' and erased_on is null;
