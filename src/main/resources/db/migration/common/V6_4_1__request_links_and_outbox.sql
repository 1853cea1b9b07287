-- The link in a code email names its request by a random token: only its hash (for lookup) and its encryption
-- (to put it in the next code email) are stored.
ALTER TABLE privacy_requests ADD COLUMN link_hash CHAR(64);
ALTER TABLE privacy_requests ADD COLUMN link_ct BYTEA;
CREATE UNIQUE INDEX privacy_requests_link ON privacy_requests (link_hash);

-- Mail to requesters, written in the transaction that decides it and sent after the commit by a job: a code
-- survives a crash, and no answer waits for the mail server.
CREATE TABLE request_outbox (
    id             UUID         NOT NULL PRIMARY KEY,
    request_id     UUID         NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    message_ct     BYTEA,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until  TIMESTAMP WITH TIME ZONE,
    attempts       INT          NOT NULL
);
CREATE INDEX request_outbox_created ON request_outbox (created_at);
CREATE INDEX request_outbox_request ON request_outbox (request_id);
