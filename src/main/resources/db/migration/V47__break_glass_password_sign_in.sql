-- Single sign-on (issue 20): the email domains listed in triad.sso.sso-only-domains sign in through their identity
-- provider only. HR may keep password sign-in for a few HR administrators of such a domain, the break-glass accounts
-- that still get in when the identity provider is down or misconfigured. Set on the person's page, audited.
alter table app_user add column break_glass boolean not null default false;
