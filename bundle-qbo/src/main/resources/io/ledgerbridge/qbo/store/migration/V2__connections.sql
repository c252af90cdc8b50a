-- One row per tenant that ever connected a QuickBooks company. The row outlives a disconnect so the previous
-- company is known (a different company later needs the administrator's confirmation) and history keeps its realm.
-- The company's settings read at connect time live here for the mapper and the sync engine.
CREATE TABLE qbo_connection (
    tenant_id VARCHAR(64) PRIMARY KEY,
    state VARCHAR(24) NOT NULL,
    qbo_realm_id VARCHAR(32),
    environment VARCHAR(32),
    company_name VARCHAR(1024),
    country VARCHAR(8),
    tax_locale VARCHAR(16),
    home_currency VARCHAR(8),
    multicurrency_enabled BOOLEAN,
    custom_txn_numbers BOOLEAN,
    book_close_date DATE,
    message VARCHAR(400),
    remedy VARCHAR(1000),
    reconnect_notified_at TIMESTAMP WITH TIME ZONE,
    connected_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_qbo_connection_realm ON qbo_connection (qbo_realm_id);

-- The tenant's OAuth tokens, AES-GCM encrypted (never plain text). version is the compare-and-set guard: nodes
-- sharing the database refresh under a row lock and write only over the version they read.
CREATE TABLE qbo_token (
    tenant_id VARCHAR(64) PRIMARY KEY,
    qbo_realm_id VARCHAR(32) NOT NULL,
    version BIGINT NOT NULL,
    access_token_enc VARCHAR(8000) NOT NULL,
    access_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    refresh_token_enc VARCHAR(8000) NOT NULL,
    refresh_idle_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    refresh_hard_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    first_issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    refreshed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Pending authorisations: the SHA-256 of each single-use state, bound to the tenant and the administrator's
-- session (also hashed), so a callback may land on any node.
CREATE TABLE qbo_oauth_state (
    state_hash VARCHAR(64) PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    session_hash VARCHAR(64) NOT NULL,
    redirect_uri VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_qbo_oauth_state_expiry ON qbo_oauth_state (expires_at);
