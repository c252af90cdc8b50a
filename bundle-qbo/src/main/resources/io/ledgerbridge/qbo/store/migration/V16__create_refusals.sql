-- How many times QuickBooks refused a record's create outright (a validation or business fault). The create's
-- requestid includes it, so a create sent again after the cause was fixed (Retry, Sync again, an edit, Sync now) is a
-- new request rather than a replay of the refusal; a timeout, a 5xx or a 429 keeps it, so a create that may have
-- happened is replayed, never duplicated.
ALTER TABLE qbo_outbox ADD COLUMN create_refusals INTEGER DEFAULT 0 NOT NULL;
