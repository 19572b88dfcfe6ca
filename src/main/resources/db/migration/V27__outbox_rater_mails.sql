-- A mail to a 360 rater names the engagement it is about, so that HR's outbox can show it as "a mail to a rater of
-- engagement #n" without its recipient, subject or text (who was asked and who answered is not HR's to know).
alter table outbox_message add column rater_of_engagement_id bigint;

-- Invitations already written say whose rater they went to (their key holds the rater); earlier reminders do not,
-- and are shown as to "a rater of engagement #?".
update outbox_message m
   set rater_of_engagement_id = r.engagement_id
  from feedback_rater fr
  join feedback_request r on r.id = fr.request_id
 where m.kind = 'FEEDBACK_360_INVITATION'
   and m.dedupe_key = 'feedback-invitation:' || fr.id;
