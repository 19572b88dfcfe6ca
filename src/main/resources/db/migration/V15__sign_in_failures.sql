-- Failed sign-ins, to slow down password guessing per account and per client address (SignInThrottle).
-- Rows older than a day are deleted as new ones come in.
create table sign_in_failure (
    id        bigint generated always as identity primary key,
    email     varchar(254) not null,
    address   varchar(64)  not null,
    failed_at timestamptz  not null
);

create index sign_in_failure_email_idx on sign_in_failure (email, failed_at);
create index sign_in_failure_address_idx on sign_in_failure (address, failed_at);
create index sign_in_failure_age_idx on sign_in_failure (failed_at);
