CREATE TABLE support_cases (
    id          UUID         NOT NULL PRIMARY KEY,
    reference   VARCHAR(12)  NOT NULL UNIQUE,
    customer_id UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    subject_ct  BYTEA        NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    channel     VARCHAR(20)  NOT NULL,
    assignee    VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_cases_customer ON support_cases (customer_id);
CREATE INDEX support_cases_status ON support_cases (status, updated_at);

CREATE TABLE support_messages (
    id          UUID         NOT NULL PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES support_cases (id) ON DELETE CASCADE,
    author      VARCHAR(120) NOT NULL,
    body_ct     BYTEA        NOT NULL,
    message_id  VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_messages_case ON support_messages (case_id, created_at);
CREATE INDEX support_messages_message_id ON support_messages (message_id);

CREATE TABLE support_mail_in (
    message_key  CHAR(64)    NOT NULL PRIMARY KEY,
    outcome      VARCHAR(30) NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
