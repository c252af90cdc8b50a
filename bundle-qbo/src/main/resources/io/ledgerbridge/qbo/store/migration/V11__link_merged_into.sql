-- The QuickBooks record a linked record's copy was merged into (a merge breaks the link until an administrator
-- follows the survivor or re-creates the record; the survivor is never overwritten on its own).
ALTER TABLE qbo_link ADD COLUMN merged_into_qbo_id VARCHAR(64);
