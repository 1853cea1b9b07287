-- The deepest scroll (percent of the page) an engagement event reports: Plausible's sd.
ALTER TABLE events ADD COLUMN scroll_depth SMALLINT;
