-- The host-owned fields of an update on its way to QuickBooks, written before it is sent and cleared when its answer
-- is stored: QuickBooks' state seen in between (a webhook for our own write arriving before the write's answer) is
-- our own echo, not an edit made in QuickBooks.
ALTER TABLE qbo_link ADD COLUMN pending_snapshot VARCHAR(100000);
