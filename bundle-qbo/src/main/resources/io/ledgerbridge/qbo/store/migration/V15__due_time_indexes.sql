-- When each company's next change-data-capture catch-up is due, so a poll finds the due companies through an index
-- instead of visiting every connected company. Rows from before are due at once (one catch-up after the upgrade).
ALTER TABLE qbo_cdc_watermark ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE
    DEFAULT TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00' NOT NULL;
CREATE INDEX ix_qbo_cdc_watermark_due ON qbo_cdc_watermark (next_due_at);
-- Companies (re)connected since a poll's horizon, caught up right after their connection.
CREATE INDEX ix_qbo_connection_connected ON qbo_connection (connected_at);
-- The import poll's running imports that are due.
CREATE INDEX ix_qbo_import_due ON qbo_import (state, next_attempt_at);
