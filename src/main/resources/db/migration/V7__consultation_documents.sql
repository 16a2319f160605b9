-- Issue 4: documents attached to a consultation's notice, and files answering file questions.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE consultation_document (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    consultation_id BIGINT       NOT NULL REFERENCES consultation (id),
    company_id      BIGINT REFERENCES organisation (id),
    question_id     BIGINT,
    file_name       VARCHAR(200) NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL
);

CREATE INDEX ix_consultation_document ON consultation_document (consultation_id);

CREATE TABLE consultation_document_content (
    document_id BIGINT NOT NULL PRIMARY KEY REFERENCES consultation_document (id) ON DELETE CASCADE,
    content     BYTEA  NOT NULL
);

ALTER TABLE consultation_answer_item ADD COLUMN document_id BIGINT;
ALTER TABLE consultation_submitted_item ADD COLUMN document_id BIGINT;
