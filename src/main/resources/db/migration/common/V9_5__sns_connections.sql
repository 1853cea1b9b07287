-- A customer's connection to an SNS account: the granted scopes, the tokens (encrypted) while it is live, and after
-- revocation the provider's answer; the subject and tokens are cleared when it is revoked. The token to revoke is
-- kept (encrypted) only until the provider has answered.
CREATE TABLE sns_connections (
    id               UUID         NOT NULL PRIMARY KEY,
    customer_id      UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    provider         VARCHAR(40)  NOT NULL,
    subject          VARCHAR(255),
    scopes           VARCHAR(2000) NOT NULL,
    connected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    refreshed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    access_token     BYTEA,
    refresh_token    BYTEA,
    token_expires_at TIMESTAMP WITH TIME ZONE,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    revoked_by       VARCHAR(60),
    remote_status    VARCHAR(20),
    remote_answer    VARCHAR(500),
    remote_attempts  INT          NOT NULL DEFAULT 0,
    remote_next_at   TIMESTAMP WITH TIME ZONE,
    remote_token     BYTEA,
    remote_token_type VARCHAR(20)
);
CREATE UNIQUE INDEX sns_connections_subject ON sns_connections (provider, subject);
CREATE INDEX sns_connections_customer ON sns_connections (customer_id);
CREATE INDEX sns_connections_remote ON sns_connections (remote_next_at);

-- The customer fields that came from a connection ('filled': the field's source is the connection; the value it
-- replaced, chosen by the customer, is kept so revocation can restore it) or that it offers ('offered': the field has
-- a value from elsewhere, the customer may choose the provider's).
CREATE TABLE sns_connection_fields (
    connection_id     UUID         NOT NULL REFERENCES sns_connections (id) ON DELETE CASCADE,
    field             VARCHAR(60)  NOT NULL,
    state             VARCHAR(10)  NOT NULL,
    offered_value     BYTEA,
    previous_value    BYTEA,
    previous_source   VARCHAR(60),
    previous_purposes VARCHAR(500),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connection_id, field)
);
