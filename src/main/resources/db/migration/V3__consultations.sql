-- Issue 4: preliminary market consultations, their questionnaires, companies' answers and clarification questions.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE consultation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    buyer_id        BIGINT       NOT NULL REFERENCES organisation (id),
    created_by      BIGINT       NOT NULL REFERENCES user_account (id),
    status          VARCHAR(20)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    start_at        TIMESTAMP WITH TIME ZONE,
    deadline        TIMESTAMP WITH TIME ZONE,
    scheduled_at    TIMESTAMP WITH TIME ZONE,
    cancel_reason   VARCHAR(2000)
);

CREATE INDEX ix_consultation_buyer ON consultation (buyer_id);
CREATE INDEX ix_consultation_status ON consultation (status);

CREATE TABLE consultation_text (
    consultation_id BIGINT        NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    language        VARCHAR(2)    NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    description     VARCHAR(4000),
    need            VARCHAR(4000),
    participation   VARCHAR(4000),
    PRIMARY KEY (consultation_id, language)
);

CREATE TABLE consultation_emdn (
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    code            VARCHAR(16) NOT NULL,
    PRIMARY KEY (consultation_id, code)
);

CREATE TABLE consultation_cpv (
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    code            VARCHAR(10) NOT NULL,
    PRIMARY KEY (consultation_id, code)
);

CREATE TABLE consultation_adviser (
    consultation_id BIGINT        NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    affiliation     VARCHAR(200),
    reason          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (consultation_id, position)
);

CREATE TABLE consultation_question (
    id              BIGINT        NOT NULL PRIMARY KEY,
    consultation_id BIGINT        NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    question_text   VARCHAR(2000) NOT NULL,
    unit            VARCHAR(40),
    options         VARCHAR(2000),
    required        BOOLEAN       NOT NULL
);

CREATE TABLE consultation_invitee (
    consultation_id BIGINT NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    company_id      BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (consultation_id, company_id)
);

CREATE TABLE consultation_answer (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    version             BIGINT      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    consultation_id     BIGINT      NOT NULL REFERENCES consultation (id),
    company_id          BIGINT      NOT NULL REFERENCES organisation (id),
    status              VARCHAR(16) NOT NULL,
    unsubmitted_changes BOOLEAN     NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    submitted_by        BIGINT REFERENCES user_account (id),
    CONSTRAINT uq_answer_company UNIQUE (consultation_id, company_id)
);

-- The working copy of an answer, and the last submitted copy (what the buying team reads after the deadline).
CREATE TABLE consultation_answer_item (
    answer_id       BIGINT        NOT NULL REFERENCES consultation_answer (id) ON DELETE CASCADE,
    question_id     BIGINT        NOT NULL,
    text_value      VARCHAR(8000),
    number_value    NUMERIC(19, 4),
    yes_no          BOOLEAN,
    choices         VARCHAR(2000),
    confidential    BOOLEAN       NOT NULL
);

CREATE TABLE consultation_submitted_item (
    answer_id       BIGINT        NOT NULL REFERENCES consultation_answer (id) ON DELETE CASCADE,
    question_id     BIGINT        NOT NULL,
    text_value      VARCHAR(8000),
    number_value    NUMERIC(19, 4),
    yes_no          BOOLEAN,
    choices         VARCHAR(2000),
    confidential    BOOLEAN       NOT NULL
);

CREATE TABLE consultation_answer_product (
    answer_id  BIGINT NOT NULL REFERENCES consultation_answer (id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL,
    PRIMARY KEY (answer_id, product_id)
);

CREATE TABLE consultation_submitted_product (
    answer_id  BIGINT NOT NULL REFERENCES consultation_answer (id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL,
    PRIMARY KEY (answer_id, product_id)
);

CREATE TABLE consultation_clarification (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    consultation_id  BIGINT        NOT NULL REFERENCES consultation (id),
    asker_company_id BIGINT        NOT NULL REFERENCES organisation (id),
    question         VARCHAR(4000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    public_question  VARCHAR(4000),
    answer           VARCHAR(4000),
    published_at     TIMESTAMP WITH TIME ZONE,
    merged_into      BIGINT
);

CREATE INDEX ix_clarification_consultation ON consultation_clarification (consultation_id);
