CREATE TABLE opinion_surveys (
    id          UUID          NOT NULL PRIMARY KEY,
    slug        VARCHAR(60)   NOT NULL UNIQUE,
    title       VARCHAR(200)  NOT NULL,
    intro       VARCHAR(2000) NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE,
    closed_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE opinion_questions (
    survey_id   UUID          NOT NULL REFERENCES opinion_surveys (id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    text        VARCHAR(500)  NOT NULL,
    required    BOOLEAN       NOT NULL,
    scale       INT,
    low_label   VARCHAR(60),
    high_label  VARCHAR(60),
    options     VARCHAR(4000),
    PRIMARY KEY (survey_id, position)
);

CREATE TABLE opinion_responses (
    id          UUID        NOT NULL PRIMARY KEY,
    survey_id   UUID        NOT NULL REFERENCES opinion_surveys (id) ON DELETE CASCADE,
    customer_id UUID        REFERENCES customers (id) ON DELETE CASCADE,
    language    VARCHAR(5)  NOT NULL,
    restricted  BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT opinion_responses_once UNIQUE (survey_id, customer_id)
);
CREATE INDEX opinion_responses_customer ON opinion_responses (customer_id);

CREATE TABLE opinion_choices (
    response_id UUID NOT NULL REFERENCES opinion_responses (id) ON DELETE CASCADE,
    position    INT  NOT NULL,
    choice      INT  NOT NULL,
    PRIMARY KEY (response_id, position, choice)
);

CREATE TABLE opinion_texts (
    id          UUID        NOT NULL PRIMARY KEY,
    response_id UUID        NOT NULL REFERENCES opinion_responses (id) ON DELETE CASCADE,
    survey_id   UUID        NOT NULL REFERENCES opinion_surveys (id) ON DELETE CASCADE,
    position    INT         NOT NULL,
    answer      BYTEA       NOT NULL,
    status      VARCHAR(10) NOT NULL,
    redacted    BYTEA,
    redacted_by VARCHAR(100),
    redacted_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX opinion_texts_survey ON opinion_texts (survey_id, status);
