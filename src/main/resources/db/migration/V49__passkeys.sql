-- Passkeys (WebAuthn): Spring Security's JDBC repositories' PostgreSQL schema (user-entities-schema.sql and
-- user-credentials-schema-postgres.sql of spring-security-web 7.1), read and written by
-- JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository (account.PasskeyRepositories).
-- user_entities.name is the person's sign-in email: up to 254 characters, not 100, and one entity per email (the
-- account module renames it when HR changes the email). A credential holds a public key only: nothing in these
-- tables lets anyone sign in.
create table user_entities
(
    id           varchar(1000) not null,
    name         varchar(254)  not null,
    display_name varchar(254),
    primary key (id)
);

create unique index user_entities_name_key on user_entities (name);

create table user_credentials
(
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

create index user_credentials_user_idx on user_credentials (user_entity_user_id);
