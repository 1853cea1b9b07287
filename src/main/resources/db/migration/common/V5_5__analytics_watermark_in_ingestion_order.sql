-- The rollup job reads events in ingestion order, (ingested_at, seq), through the events_ingested index: every event
-- up to (last_ingested_at, last_seq) is counted. Events are read once ingested more than a few seconds ago, when they
-- have committed, so no straggler pass and no index on seq alone are needed any more.
-- Every event ingested before prev_cutoff was counted, none at or after it (a run interrupted midway, which left
-- run_cutoff set, may have counted part of its events already; those are counted again once).
ALTER TABLE analytics_watermark ADD COLUMN last_ingested_at TIMESTAMP WITH TIME ZONE;
UPDATE analytics_watermark SET last_ingested_at = prev_cutoff, last_seq = 0;
ALTER TABLE analytics_watermark ALTER COLUMN last_ingested_at SET NOT NULL;
ALTER TABLE analytics_watermark DROP COLUMN prev_cutoff;
ALTER TABLE analytics_watermark DROP COLUMN run_cutoff;
ALTER TABLE analytics_watermark DROP COLUMN run_base_seq;
ALTER TABLE analytics_watermark DROP COLUMN run_cursor;
DROP INDEX events_seq;
