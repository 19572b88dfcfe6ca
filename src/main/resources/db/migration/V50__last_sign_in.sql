-- When each person last signed in (by any way in: password, second factor, single sign-on, passkey), set when a
-- session first carries them: HR's people list shows it, and the access review exports it for an auditor.
alter table app_user add column last_signed_in_at timestamptz;
