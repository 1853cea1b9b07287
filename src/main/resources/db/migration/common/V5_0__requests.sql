CREATE TABLE privacy_requests (
    id                     UUID         NOT NULL PRIMARY KEY,
    reference              VARCHAR(20)  NOT NULL UNIQUE,
    site_id                UUID,
    type                   VARCHAR(20)  NOT NULL,
    state                  VARCHAR(20)  NOT NULL,
    channel                VARCHAR(10)  NOT NULL,
    language               VARCHAR(35),
    email_index            CHAR(64)     NOT NULL,
    email_ct               BYTEA        NOT NULL,
    details_ct             BYTEA,
    customer_id            UUID,
    received_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    extension_reason       VARCHAR(1000),
    assigned_to            VARCHAR(100),
    verified_at            TIMESTAMP WITH TIME ZONE,
    closed_at              TIMESTAMP WITH TIME ZONE,
    failed_attempts        INT          NOT NULL,
    result_ct              BYTEA,
    reminded_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX privacy_requests_state_due ON privacy_requests (state, due_at);
CREATE INDEX privacy_requests_customer ON privacy_requests (customer_id);
CREATE INDEX privacy_requests_email ON privacy_requests (email_index);

CREATE TABLE request_codes (
    request_id  UUID      NOT NULL,
    code_hash   CHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX request_codes_request ON request_codes (request_id, created_at);

CREATE TABLE request_events (
    id          UUID          NOT NULL PRIMARY KEY,
    request_id  UUID          NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    note_ct     BYTEA
);
CREATE INDEX request_events_request ON request_events (request_id, at);

CREATE TABLE request_downloads (
    token_hash  CHAR(64)  NOT NULL PRIMARY KEY,
    request_id  UUID      NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE processed_messages (
    message_key   VARCHAR(500) NOT NULL PRIMARY KEY,
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(40)  NOT NULL
);
