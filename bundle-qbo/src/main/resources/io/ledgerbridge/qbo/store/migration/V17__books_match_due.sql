-- The books-match poll finds the reports asked for and due through an index on their next attempt (NULL when none is
-- asked for), instead of reading every company's row. Reports are asked for when an auto-sync window ends.
CREATE INDEX ix_qbo_books_match_due ON qbo_books_match (next_attempt_at);
-- The start-up look for auto-sync windows whose report request a crash lost (one query, once per start).
CREATE INDEX ix_qbo_sync_run_window ON qbo_sync_run (sync_trigger, state, tenant_id, ended_at);
