-- Issue 4: the report of a closed consultation ("informe de actuaciones realizadas"), written per language.
-- (V4 is the e-mail outbox.) Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE consultation_report (
    id              BIGINT NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    consultation_id BIGINT NOT NULL REFERENCES consultation (id),
    published_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_report_consultation UNIQUE (consultation_id)
);

CREATE TABLE consultation_report_text (
    report_id       BIGINT        NOT NULL REFERENCES consultation_report (id) ON DELETE CASCADE,
    language        VARCHAR(2)    NOT NULL,
    studies         VARCHAR(8000),
    answers_summary VARCHAR(8000),
    conclusions     VARCHAR(8000),
    equal_treatment VARCHAR(8000),
    PRIMARY KEY (report_id, language)
);
