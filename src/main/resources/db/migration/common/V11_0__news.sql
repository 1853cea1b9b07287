CREATE TABLE news_topics (
    id          UUID          NOT NULL PRIMARY KEY,
    topic_key   VARCHAR(60)   NOT NULL UNIQUE,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE news_confirmations (
    id          UUID         NOT NULL PRIMARY KEY,
    customer_id UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    token_hash  CHAR(64)     NOT NULL UNIQUE,
    topics      VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX news_confirmations_customer ON news_confirmations (customer_id);

CREATE TABLE news_subscriptions (
    customer_id     UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    topic_id        UUID        NOT NULL REFERENCES news_topics (id),
    status          VARCHAR(20) NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    unsubscribed_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (customer_id, topic_id)
);
CREATE INDEX news_subscriptions_topic ON news_subscriptions (topic_id, status);

CREATE TABLE news_campaigns (
    id          UUID          NOT NULL PRIMARY KEY,
    subject     VARCHAR(200)  NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    topic_id    UUID          NOT NULL REFERENCES news_topics (id),
    created_by  VARCHAR(100)  NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    reason      VARCHAR(300),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE news_deliveries (
    campaign_id      UUID        NOT NULL REFERENCES news_campaigns (id) ON DELETE CASCADE,
    customer_id      UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status           VARCHAR(20) NOT NULL,
    reason           VARCHAR(300),
    unsubscribe_hash CHAR(64)    UNIQUE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    unsubscribed_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (campaign_id, customer_id)
);
CREATE INDEX news_deliveries_status ON news_deliveries (campaign_id, status);
CREATE INDEX news_deliveries_customer ON news_deliveries (customer_id);
