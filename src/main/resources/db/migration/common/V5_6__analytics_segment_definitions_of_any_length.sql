-- A segment's definition holds up to one filter per dimension, each value up to 1,024 characters, URL-encoded (up to
-- 6 characters per UTF-16 character): about 100,000 characters at most.
ALTER TABLE analytics_segments ALTER COLUMN definition SET DATA TYPE VARCHAR(250000);
