-- Issue 6: company self-registration and sign-in lockout.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

-- An organisation's standing: PENDING_CONFIRMATION (registered, e-mail not confirmed: nobody signs in),
-- PENDING_APPROVAL (signs in, prepares drafts, publishes nothing), APPROVED, REJECTED. Every organisation that
-- exists already (demo data, created by an administrator) is approved.
ALTER TABLE organisation ADD COLUMN status VARCHAR(24) DEFAULT 'APPROVED' NOT NULL;

-- A self-registration: the company, its contact, the SHA-256 of the e-mailed confirmation secret (NULL once used or
-- decided: a link works once) and the administrator's decision.
CREATE TABLE company_registration (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    contact_user_id  BIGINT       NOT NULL REFERENCES user_account (id),
    token_hash       VARCHAR(64),
    token_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    email_confirmed_at TIMESTAMP WITH TIME ZONE,
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by       BIGINT,
    decision_reason  VARCHAR(1000),
    CONSTRAINT uq_company_registration_organisation UNIQUE (organisation_id),
    CONSTRAINT uq_company_registration_token UNIQUE (token_hash)
);

-- E-mails that are not an in-app notification (a registration's confirmation link, the decision on it) go to an
-- address through the same outbox: they have no notification and, before confirmation, no recipient who may read.
ALTER TABLE email_outbox ALTER COLUMN notification_id DROP NOT NULL;
ALTER TABLE email_outbox ALTER COLUMN recipient_id DROP NOT NULL;

-- Failed sign-ins by the (normalised) name typed, whether an account has it or not, so that every server counts
-- the same failures and an unknown name behaves like a known one. A row goes on a successful sign-in.
CREATE TABLE sign_in_failure (
    account_key  VARCHAR(64) NOT NULL PRIMARY KEY,
    failures     INTEGER     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);

-- Looking up a VAT / NIF or a contact address at registration.
CREATE INDEX ix_organisation_vat ON organisation (vat_number);
CREATE INDEX ix_user_account_email ON user_account (email);
