-- Health checks and metrics count the last hour's outcomes of every company in one query: an index on the time keeps
-- that a range scan however long the log grows.
CREATE INDEX ix_qbo_sync_log_time ON qbo_sync_log (occurred_at, outcome);
