-- How a programme is evaluated follows its timing (DOMAIN.md, seed 002): a proactive programme carries an
-- ROI component (impact measures), a just-in-time one the close-out survey, an after-the-fact one records
-- whether the coaching was mandated. Partnership check-ins come every few held sessions (3 by default).
alter table programme
    add column check_in_every_sessions integer not null default 3 check (check_in_every_sessions between 1 and 20),
    add column mandated boolean,
    add constraint programme_mandated_after_the_fact check (mandated is null or timing = 'AFTER_THE_FACT');
