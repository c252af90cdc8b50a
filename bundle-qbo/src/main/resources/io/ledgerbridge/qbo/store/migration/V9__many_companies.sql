-- Many companies, several nodes: due work is found through indexes on due time, never by visiting every tenant, and
-- nodes share companies through the database alone.

-- When a tenant's scheduled sweep is next due (NULL: look at it now, e.g. after its settings changed).
ALTER TABLE qbo_settings ADD COLUMN next_sweep_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_qbo_settings_sweep ON qbo_settings (next_sweep_at);

-- A company's due rows, for its claim (the (state, due_at) index finds the companies).
CREATE INDEX ix_qbo_outbox_tenant_due ON qbo_outbox (tenant_id, state, due_at);

-- Leases by holder: how many companies each node works (the fair share), and the holder's renewals.
CREATE INDEX ix_qbo_company_lease_holder ON qbo_company_lease (holder, lease_until);

-- The live nodes: each renews its row with the database's clock; a node whose row lapsed is gone, and its share of
-- the companies goes to the others. (qbo_node, of the retention migration, says what each node is.)
CREATE TABLE qbo_node_lease (
    node_id VARCHAR(64) PRIMARY KEY,
    alive_until TIMESTAMP WITH TIME ZONE NOT NULL
);
