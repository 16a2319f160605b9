-- Issue 5: clinical needs described by clinicians of a buying organisation.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE clinical_need (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    organisation_id   BIGINT        NOT NULL REFERENCES organisation (id),
    created_by        BIGINT        NOT NULL REFERENCES user_account (id),
    language          VARCHAR(2)    NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    problem           VARCHAR(4000) NOT NULL,
    care_setting      VARCHAR(200),
    department        VARCHAR(200),
    patients_affected INTEGER,
    desired_outcomes  VARCHAR(4000),
    need_constraints  VARCHAR(4000)
);

CREATE INDEX ix_clinical_need_organisation ON clinical_need (organisation_id);

CREATE TABLE clinical_need_emdn (
    need_id BIGINT      NOT NULL REFERENCES clinical_need (id) ON DELETE CASCADE,
    code    VARCHAR(16) NOT NULL,
    PRIMARY KEY (need_id, code)
);

CREATE TABLE clinical_need_standard (
    need_id  BIGINT      NOT NULL REFERENCES clinical_need (id) ON DELETE CASCADE,
    standard VARCHAR(32) NOT NULL,
    PRIMARY KEY (need_id, standard)
);
