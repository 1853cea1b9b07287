-- Bounces of product-news mails: each campaign mail carries a one-time delivery token (only its hash here) that a
-- delivery status notification quotes; a hard bounce (or the third soft one) marks the subscriptions 'bounced' until
-- the subscriber confirms again.
ALTER TABLE news_deliveries ADD COLUMN bounce_hash CHAR(64);
CREATE UNIQUE INDEX news_deliveries_bounce ON news_deliveries (bounce_hash);

ALTER TABLE news_subscriptions ADD COLUMN soft_bounces INT DEFAULT 0 NOT NULL;
ALTER TABLE news_subscriptions ADD COLUMN bounced_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE news_bounces (
    id          UUID        NOT NULL PRIMARY KEY,
    customer_id UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    campaign_id UUID        REFERENCES news_campaigns (id) ON DELETE SET NULL,
    kind        VARCHAR(10) NOT NULL,
    status_code VARCHAR(20) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX news_bounces_customer ON news_bounces (customer_id);
CREATE INDEX news_bounces_campaign ON news_bounces (campaign_id);
