CREATE TABLE news_imports (
    id          UUID         NOT NULL PRIMARY KEY,
    file_name   VARCHAR(200) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX news_imports_status ON news_imports (status, created_at);

CREATE TABLE news_import_rows (
    import_id   UUID         NOT NULL REFERENCES news_imports (id) ON DELETE CASCADE,
    line        INTEGER      NOT NULL,
    email       BYTEA,
    topics      VARCHAR(2000),
    language    VARCHAR(10),
    customer_id UUID,
    status      VARCHAR(20)  NOT NULL,
    reason      VARCHAR(300),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (import_id, line)
);
CREATE INDEX news_import_rows_status ON news_import_rows (status, import_id);
CREATE INDEX news_import_rows_customer ON news_import_rows (customer_id);
