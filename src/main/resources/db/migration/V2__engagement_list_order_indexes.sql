-- Engagement lists are shown newest first (starts_on desc, id); these let every list read one page
-- from an index instead of sorting the whole table.
create index engagement_starts_idx on engagement (starts_on desc, id);
create index engagement_coach_starts_idx on engagement (coach_id, starts_on desc, id);
create index engagement_client_starts_idx on engagement (client_id, starts_on desc, id);
create index engagement_leader_starts_idx on engagement (leader_id, starts_on desc, id);
create index engagement_programme_starts_idx on engagement (programme_id, starts_on desc, id);
