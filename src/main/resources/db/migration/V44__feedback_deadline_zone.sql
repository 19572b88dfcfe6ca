-- A 360 request's last day ends at midnight in the zone of the person who asked (coach or client), kept with the
-- request so that its deadline reads the same day after they change zone. Null: the organisation's default.
alter table feedback_request add column deadline_zone varchar(64);
