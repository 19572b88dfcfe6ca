-- HR may keep the coach and say why: a request closed with an answer to the client and no new coach. The answer is
-- HR's to the client (shown to the client and HR only, like the request; never to the coach).
alter table coach_change_request add column declined_reason varchar(2000);
alter table coach_change_request add constraint coach_change_request_answered_once
    check (declined_reason is null or (closed_at is not null and new_coach_id is null and length(btrim(declined_reason)) > 0));
