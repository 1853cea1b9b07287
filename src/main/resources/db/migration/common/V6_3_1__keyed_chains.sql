-- Entries from keyed_from on are linked by an HMAC with the chain key (kept outside the database); earlier entries
-- keep their SHA-256 links. mac seals the head row (seq, hash, keyed_from) with the same key.
ALTER TABLE audit_head ADD COLUMN keyed_from BIGINT;
ALTER TABLE audit_head ADD COLUMN mac VARCHAR(64);
UPDATE audit_head SET keyed_from = seq + 1;
ALTER TABLE audit_head ALTER COLUMN keyed_from SET NOT NULL;

ALTER TABLE consent_head ADD COLUMN keyed_from BIGINT;
ALTER TABLE consent_head ADD COLUMN mac VARCHAR(64);
UPDATE consent_head SET keyed_from = seq + 1;
ALTER TABLE consent_head ALTER COLUMN keyed_from SET NOT NULL;
