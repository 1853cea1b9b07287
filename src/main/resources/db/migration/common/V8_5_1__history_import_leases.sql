-- A running import's process renews its lease (heartbeat_at) while it lives; a running import whose lease ran out was
-- stopped with its process and is interrupted. running_site holds the site while the import runs and NULL after: its
-- unique index lets a site run one import at a time across every node.
ALTER TABLE history_imports ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE history_imports ADD COLUMN running_site UUID;
UPDATE history_imports SET heartbeat_at = started_at;
CREATE UNIQUE INDEX history_imports_running_site ON history_imports (running_site);
