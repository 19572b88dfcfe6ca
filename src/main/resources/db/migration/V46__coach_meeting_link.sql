-- A coach's default video meeting link: what a video session or meeting without a link of its own is joined by. Read
-- when the page is shown, not copied at booking, so a coach's new link reaches every meeting still to come. Only
-- https links are saved (dev.triad.system.MeetingLinks); the column is null for everyone else.
alter table app_user add column meeting_link varchar(500);
