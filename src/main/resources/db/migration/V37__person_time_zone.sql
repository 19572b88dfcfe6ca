-- Every person reads and types times in their own time zone (an IANA id such as Europe/London).
-- Null: the organisation's default (triad.time-zone, else UTC).
alter table app_user add column time_zone varchar(64);
