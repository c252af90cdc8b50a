-- Two-way sync: what QuickBooks held after our last write (the host-owned fields, to tell a QuickBooks edit from
-- our own echo), why a link broke, and the conflicts an administrator keeps, applies or dismisses.
ALTER TABLE qbo_link ADD COLUMN remote_snapshot VARCHAR(100000);
ALTER TABLE qbo_link ADD COLUMN broken_reason VARCHAR(1000);

-- One row per difference found; at most one open per record (open_record is the host id while open, else NULL,
-- and NULLs never clash in a unique constraint).
CREATE TABLE qbo_conflict (
    conflict_id VARCHAR(40) PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    record_type VARCHAR(16) NOT NULL,
    host_record_id VARCHAR(128) NOT NULL,
    open_record VARCHAR(128),
    qbo_id VARCHAR(32) NOT NULL,
    qbo_sync_token VARCHAR(16),
    host_values VARCHAR(100000) NOT NULL,
    remote_values VARCHAR(100000) NOT NULL,
    remote_snapshot VARCHAR(100000) NOT NULL,
    detected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resolution VARCHAR(16),
    resolved_by VARCHAR(200),
    resolved_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_qbo_conflict_open UNIQUE (tenant_id, record_type, open_record)
);
CREATE INDEX ix_qbo_conflict_tenant ON qbo_conflict (tenant_id, detected_at);
