-- Legal demands from authorities: the scope asked for, the decision, the package produced through the disclosure
-- path (disclosures.demand_id) and the notice to each disclosed customer (sent, or deferred until a prohibition ends).
-- The legal basis text and the reasons are free text and stored encrypted.
CREATE TABLE disclosure_demands (
    id               UUID          NOT NULL PRIMARY KEY,
    recipient_id     UUID          NOT NULL REFERENCES disclosure_recipients (id),
    reference        VARCHAR(200)  NOT NULL,
    legal_basis      BYTEA         NOT NULL,
    purpose          VARCHAR(60)   NOT NULL,
    fields           VARCHAR(2000) NOT NULL,
    period_from      DATE,
    period_to        DATE,
    due_date         DATE          NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by      VARCHAR(200)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    decision         VARCHAR(20),
    decision_reason  BYTEA,
    decided_by       VARCHAR(200),
    decided_at       TIMESTAMP WITH TIME ZONE,
    granted_fields   VARCHAR(2000),
    disclosure_id    UUID,
    packaged_at      TIMESTAMP WITH TIME ZONE,
    notice_reason    BYTEA,
    notice_until     DATE,
    CONSTRAINT disclosure_demands_reference UNIQUE (recipient_id, reference)
);
CREATE INDEX disclosure_demands_due ON disclosure_demands (status, due_date);

-- The customers a demand names (asked) and those granted by the decision; customer_id is NULL after erasure.
CREATE TABLE disclosure_demand_customers (
    id          UUID    NOT NULL PRIMARY KEY,
    demand_id   UUID    NOT NULL REFERENCES disclosure_demands (id),
    customer_id UUID,
    granted     BOOLEAN NOT NULL
);
CREATE INDEX disclosure_demand_customers_demand ON disclosure_demand_customers (demand_id);
CREATE INDEX disclosure_demand_customers_customer ON disclosure_demand_customers (customer_id);

-- One notice per disclosed customer: queued until send_after, claimed as 'sending' before the SMTP call.
CREATE TABLE disclosure_demand_notices (
    demand_id   UUID        NOT NULL REFERENCES disclosure_demands (id),
    customer_id UUID        NOT NULL,
    status      VARCHAR(20) NOT NULL,
    send_after  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE,
    reason      VARCHAR(300),
    PRIMARY KEY (demand_id, customer_id)
);
CREATE INDEX disclosure_demand_notices_due ON disclosure_demand_notices (status, send_after);

ALTER TABLE disclosures ADD COLUMN demand_id UUID REFERENCES disclosure_demands (id);

-- Saved selections of customers to disclose: ids only, no personal values.
CREATE TABLE disclosure_selections (
    id         UUID         NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(200) NOT NULL
);

CREATE TABLE disclosure_selection_members (
    selection_id UUID NOT NULL REFERENCES disclosure_selections (id) ON DELETE CASCADE,
    customer_id  UUID NOT NULL,
    PRIMARY KEY (selection_id, customer_id)
);
CREATE INDEX disclosure_selection_members_customer ON disclosure_selection_members (customer_id);
