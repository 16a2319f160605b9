-- Issue 6: single sign-on by OpenID Connect for the health system's staff.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

-- The code by which the identity provider names a buying organisation (the value of the organisation claim). Kept by
-- the administrator; only buying organisations have one, so company staff can never come in by single sign-on.
ALTER TABLE organisation ADD COLUMN sso_code VARCHAR(64);
CREATE UNIQUE INDEX ux_organisation_sso_code ON organisation (sso_code);

-- An account provisioned at its first single sign-on is linked to the person at the provider (issuer + subject) and
-- has no local password. Local accounts leave both columns empty.
ALTER TABLE user_account ADD COLUMN sso_issuer VARCHAR(300);
ALTER TABLE user_account ADD COLUMN sso_subject VARCHAR(255);
CREATE UNIQUE INDEX ux_user_account_sso_subject ON user_account (sso_issuer, sso_subject);

-- Role claim values the administrator maps to staff roles, besides the role map of the configuration
-- (BERRIGUNE_OIDC_ROLE_MAP): e.g. the provider's group of Berrigune administrators to ADMIN.
CREATE TABLE sso_role_mapping (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_value   VARCHAR(100)  NOT NULL,
    role          VARCHAR(16)   NOT NULL
);

CREATE UNIQUE INDEX ux_sso_role_mapping_value ON sso_role_mapping (claim_value);
