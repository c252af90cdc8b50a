-- A create sent to QuickBooks whose answer is not stored yet: its requestid and the hash of what it carried, written
-- on the link (qbo_id still NULL) before the call. After a crash or a timeout the record's next push, whichever outbox
-- row carries it, sends the same requestid, so QuickBooks answers the original create instead of writing a second
-- one; when the record changed since, the newer change follows as an update. Cleared when the answer is stored or
-- QuickBooks refuses the create.
ALTER TABLE qbo_link ADD COLUMN create_request_id VARCHAR(50);
ALTER TABLE qbo_link ADD COLUMN create_hash VARCHAR(64);
