-- Issue 4: information sessions and one-to-one meeting slots of a consultation, with their minutes.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE consultation_session (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    consultation_id  BIGINT        NOT NULL REFERENCES consultation (id),
    kind             VARCHAR(16)   NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes INTEGER       NOT NULL,
    location         VARCHAR(500)  NOT NULL,
    agenda           VARCHAR(4000),
    company_id       BIGINT REFERENCES organisation (id),
    status           VARCHAR(16)   NOT NULL,
    minutes          VARCHAR(4000)
);

CREATE INDEX ix_session_consultation ON consultation_session (consultation_id);
