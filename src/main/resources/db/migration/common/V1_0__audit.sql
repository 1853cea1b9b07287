CREATE TABLE audit_entries (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    action       VARCHAR(100)  NOT NULL,
    subject      VARCHAR(100),
    purpose      VARCHAR(100),
    fields       VARCHAR(2000),
    outcome      VARCHAR(20)   NOT NULL,
    detail       VARCHAR(2000),
    prev_hash    CHAR(64)      NOT NULL,
    hash         CHAR(64)      NOT NULL
);
CREATE INDEX audit_entries_subject ON audit_entries (subject, seq);

CREATE TABLE audit_head (
    id    INT      NOT NULL PRIMARY KEY,
    seq   BIGINT   NOT NULL,
    hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
