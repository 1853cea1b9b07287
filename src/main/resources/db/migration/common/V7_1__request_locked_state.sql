-- Requests locked after too many wrong codes (5 by default) stayed 'VERIFYING'; they now have their own state.
-- The column has no CHECK constraint, so only the rows move.
UPDATE privacy_requests SET state = 'LOCKED' WHERE state = 'VERIFYING' AND failed_attempts >= 5;
