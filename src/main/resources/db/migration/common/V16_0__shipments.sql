-- Gifts and products shipped to customers through a shipping processor. The address is never copied here: it goes
-- to the processor through a recorded disclosure (disclosure_id). customer_id is set to NULL when an erased
-- customer's product shipment is kept for accounting; note and tracking number are encrypted.
CREATE TABLE shipments (
    id             UUID         NOT NULL PRIMARY KEY,
    customer_id    UUID,
    kind           VARCHAR(10)  NOT NULL,
    processor_id   UUID         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    note_ct        BYTEA,
    carrier        VARCHAR(100),
    tracking_ct    BYTEA,
    disclosure_id  UUID,
    created_by     VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX shipments_customer ON shipments (customer_id);
CREATE INDEX shipments_status ON shipments (status, created_at);

CREATE TABLE shipment_items (
    shipment_id UUID         NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    sku         VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    quantity    INT          NOT NULL,
    PRIMARY KEY (shipment_id, position)
);
