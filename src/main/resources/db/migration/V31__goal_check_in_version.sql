-- Client and coach correct or delete a goal's check-ins: the version keeps a correction made on an older reading of the
-- check-in from overwriting a newer one (a 409 page instead).
alter table goal_check_in add column version bigint not null default 0;
