-- Retention and the nodes sharing this database.

-- Each node's row, written at start and refreshed by its housekeeping timer: a node can tell it shares the database
-- and whether the others hold the same token key. key_check is an HMAC of a fixed text under the key (never the key).
CREATE TABLE qbo_node (
    node_id VARCHAR(64) PRIMARY KEY,
    key_source VARCHAR(16) NOT NULL,
    key_check VARCHAR(64) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Cluster-wide housekeeping tasks: the lease lets one node at a time run a task (times are the database's, never a
-- node's clock), and last_done_at says when it last completed, so the task runs about daily whichever node runs it.
CREATE TABLE qbo_housekeeping (
    task VARCHAR(32) PRIMARY KEY,
    holder VARCHAR(64),
    lease_until TIMESTAMP WITH TIME ZONE NOT NULL,
    last_done_at TIMESTAMP WITH TIME ZONE
);

-- What retention looks up by age.
CREATE INDEX ix_qbo_sync_log_age ON qbo_sync_log (occurred_at);
CREATE INDEX ix_qbo_sync_run_age ON qbo_sync_run (ended_at);
CREATE INDEX ix_qbo_conflict_resolved ON qbo_conflict (resolved_at);
CREATE INDEX ix_qbo_inbox_received ON qbo_inbox (state, received_at);
CREATE INDEX ix_qbo_import_age ON qbo_import (ended_at);
CREATE INDEX ix_qbo_outbox_run ON qbo_outbox (run_id);
