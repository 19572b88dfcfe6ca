-- What a module publishes for other modules' SQL to read, so that each module's SQL touches only its own tables
-- (ModuleTablesTest). Each view reads one module's tables and names only columns others may know: facts, statuses
-- and scores, never a text anyone wrote. Plain views: PostgreSQL folds them into the query that uses them, so the
-- plans (and indexes) are those of the tables.

-- account: a person's name, for the other modules' lists and exports
create view person_name as
select u.id, u.full_name from app_user u;

-- account: a coach's capacity (the programme dashboard's coach load)
create view coach_capacity as
select p.user_id, p.capacity from coach_profile p;

-- engagement: who and what an engagement is, without its focus or any text
create view engagement_fact as
select e.id, e.programme_id, e.client_id, e.leader_id, e.coach_id, e.phase, e.coaching_type, e.timing,
       e.starts_on, e.planned_end_on, e.contracted_hours
from engagement e;

-- engagement: the hours ledger, lines only
create view hours_line as
select h.engagement_id, h.hours from hours_entry h;

-- session: a session's status
create view session_status as
select s.engagement_id, s.status from coaching_session s;

-- goal: a goal's status (progress in aggregate only: no statement, no measure)
create view goal_status as
select g.engagement_id, g.status from goal g;

-- evaluation: partnership check-in scores, never what the client wrote
create view check_in_score as
select c.engagement_id, c.after_sessions, c.fit, c.answered_at from partnership_check_in c;

-- evaluation: close-out surveys sent, and the answers' scales (never the comments)
create view close_out_sent as
select s.engagement_id from close_out_survey s;

create view close_out_score as
select a.engagement_id, a.satisfaction, a.goals_achieved, a.behaviour_change, a.would_recommend from close_out_answer a;

-- evaluation: impact measures with their values
create view impact_measure_value as
select m.engagement_id, m.name, m.unit, m.before_value, m.after_value from impact_measure m;

-- evaluation: whether a coach change request is still open (no reasons)
create view coach_change_open as
select r.engagement_id, r.closed_at from coach_change_request r;

-- programme: a programme's name, for the engagement export and the retention page
create view programme_name as
select p.id, p.name from programme p;
