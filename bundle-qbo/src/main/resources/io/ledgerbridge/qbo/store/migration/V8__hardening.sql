-- One QuickBooks company belongs to one tenant, enforced by the database: connected_realm_id is the company while the
-- tenant is connected (or must reconnect) and NULL once it disconnects (NULLs never clash in a unique constraint), so
-- two tenants connecting the same company at once cannot both succeed. qbo_realm_id keeps the last company.
ALTER TABLE qbo_connection ADD COLUMN connected_realm_id VARCHAR(32);
-- Existing rows: the first tenant (by id) keeps a company held twice; the others find it taken on their next connect.
UPDATE qbo_connection SET connected_realm_id = qbo_realm_id WHERE state <> 'DISCONNECTED' AND qbo_realm_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM qbo_connection o WHERE o.qbo_realm_id = qbo_connection.qbo_realm_id
        AND o.state <> 'DISCONNECTED' AND o.tenant_id < qbo_connection.tenant_id);
ALTER TABLE qbo_connection ADD CONSTRAINT uq_qbo_connection_realm UNIQUE (connected_realm_id);

