-- Indexes found missing by the load benchmark on the generated 'large' organisation (docs/performance.md).

-- The people page lists everyone by name, a page at a time: read the first page from an index instead of sorting
-- every account.
create index app_user_full_name_idx on app_user (full_name, id);

-- The programme dashboard counts sessions by outcome and goals by status over a programme's engagements: with the
-- status in the index these are index-only lookups per engagement instead of a scan of every session or goal.
create index coaching_session_engagement_status_idx on coaching_session (engagement_id, status);
create index goal_engagement_status_idx on goal (engagement_id, status);
