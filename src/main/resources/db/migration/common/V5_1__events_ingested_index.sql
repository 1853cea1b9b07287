-- The rollup job finds stragglers (rows committed with a seq below ones it has already read) among the rows ingested
-- since its previous run through this index, instead of re-reading a window of rows below its watermark.
CREATE INDEX events_ingested ON events (ingested_at, seq);
