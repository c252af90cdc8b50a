-- The books-match report: one row per tenant holding the last finished report and the one asked for next (on the
-- page, or after an auto-sync window), and the differences of the last report.

CREATE TABLE qbo_books_match (
    tenant_id VARCHAR(64) PRIMARY KEY,
    -- the last finished report (NULL until one finished)
    report_trigger VARCHAR(16),
    requested_by VARCHAR(200),
    started_at TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    customers_compared INTEGER NOT NULL,
    invoices_compared INTEGER NOT NULL,
    qbo_calls INTEGER NOT NULL,
    difference_count INTEGER NOT NULL,
    -- why the last run stopped before the end (the finished report above stays)
    problem VARCHAR(4000),
    remedy VARCHAR(4000),
    -- the next report, asked for and not finished yet (NULL when none)
    pending_since TIMESTAMP WITH TIME ZONE,
    pending_trigger VARCHAR(16),
    pending_by VARCHAR(200),
    failed_attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE qbo_books_match_diff (
    tenant_id VARCHAR(64) NOT NULL,
    seq INTEGER NOT NULL,
    kind VARCHAR(24) NOT NULL,
    record_type VARCHAR(16),
    host_record_id VARCHAR(128),
    qbo_id VARCHAR(64),
    label VARCHAR(600),
    host_value VARCHAR(40),
    qbo_value VARCHAR(40),
    cause VARCHAR(32) NOT NULL,
    action VARCHAR(16) NOT NULL,
    explanation VARCHAR(4000) NOT NULL,
    remedy VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_qbo_books_match_diff PRIMARY KEY (tenant_id, seq)
);
