-- When the connection was last checked against QuickBooks (Test connection, the check on start, a token refresh):
-- the Connection page says what is known and since when.
ALTER TABLE qbo_connection ADD COLUMN checked_at TIMESTAMP WITH TIME ZONE;

-- Event-driven pushes share one run per company per window: the window's number (its start in epoch seconds divided
-- by the window length) is set on EVENT runs only, and the unique index lets one node win when two start it at once.
ALTER TABLE qbo_sync_run ADD COLUMN event_window BIGINT;
CREATE UNIQUE INDEX ux_qbo_sync_run_event_window ON qbo_sync_run (tenant_id, event_window);

-- A failure an administrator ignored: sweeps (Sync now, the schedule) leave the record alone until the host
-- reports a change to it.
CREATE TABLE qbo_ignored (
    tenant_id VARCHAR(64) NOT NULL,
    record_type VARCHAR(16) NOT NULL,
    host_record_id VARCHAR(128) NOT NULL,
    ignored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, record_type, host_record_id)
);
