package io.ledgerbridge.qbo.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The connector's ConfigAdmin configuration (PID {@code io.ledgerbridge.qbo}). Metatype turns it into an edit form;
 * {@link ConnectorConfig#fromMap} reads the same keys for hosts without OSGi.
 */
@ObjectClassDefinition(name = "LedgerBridge QuickBooks Online",
        description = "The Intuit app LedgerBridge connects as, the environment, where its state lives and how fast it may push.")
public @interface QboConnectorConfiguration {

    /** The PID. */
    String PID = "io.ledgerbridge.qbo";

    @AttributeDefinition(name = "Environment", description = "sandbox, production, or the name of a local sandbox")
    String environment() default "sandbox";

    @AttributeDefinition(name = "Accounting API base URL", description = "Empty: Intuit's URL for the environment")
    String api_base_url() default "";

    @AttributeDefinition(name = "Authorization URL", description = "Intuit's OAuth 2.0 authorization page")
    String authorize_url() default ConnectorConfig.INTUIT_AUTHORIZE;

    @AttributeDefinition(name = "Token URL", description = "Intuit's OAuth 2.0 token endpoint")
    String token_url() default ConnectorConfig.INTUIT_TOKEN;

    @AttributeDefinition(name = "Revocation URL", description = "Intuit's OAuth 2.0 revocation endpoint")
    String revoke_url() default ConnectorConfig.INTUIT_REVOKE;

    @AttributeDefinition(name = "Client ID", description = "The Intuit app's client id")
    String client_id() default "";

    @AttributeDefinition(name = "Client secret", description = "The Intuit app's client secret",
            type = AttributeType.PASSWORD)
    String client_secret() default "";

    @AttributeDefinition(name = "Redirect URI",
            description = "The OAuth redirect URI registered with the app, ending in /ledgerbridge/oauth/callback")
    String redirect_uri() default "";

    @AttributeDefinition(name = "Data directory",
            description = "Where the embedded database and the generated token key live")
    String data_directory() default "ledgerbridge-data";

    @AttributeDefinition(name = "Encryption secret",
            description = "The host's secret the token key is derived from; empty: a generated key file in the data directory",
            type = AttributeType.PASSWORD)
    String encryption_secret() default "";

    @AttributeDefinition(name = "JDBC URL",
            description = "The connector's database; empty: the host's DataSource service, else embedded H2")
    String jdbc_url() default "";

    @AttributeDefinition(name = "JDBC user")
    String jdbc_user() default "";

    @AttributeDefinition(name = "JDBC password", type = AttributeType.PASSWORD)
    String jdbc_password() default "";

    @AttributeDefinition(name = "Requests per minute", description = "Per company (Intuit: 500)")
    int throttle_requests_per_minute() default 500;

    @AttributeDefinition(name = "Requests per second", description = "Per company (Intuit: 10)")
    int throttle_requests_per_second() default 10;

    @AttributeDefinition(name = "Requests in flight", description = "Per company (Intuit: 10)")
    int throttle_in_flight() default 10;

    @AttributeDefinition(name = "Batch calls per minute", description = "Per company (Intuit: 40)")
    int throttle_batch_per_minute() default 40;

    @AttributeDefinition(name = "Time scale", description = "1 against Intuit; the local sandbox's factor against it")
    double throttle_time_scale() default 1.0;

    @AttributeDefinition(name = "Worker threads", description = "Threads giving companies their turns to push to "
            + "QuickBooks at most, shared by all companies whatever their number (1 to 64), started as companies are "
            + "ready and ended after a minute with nothing to do; the push also has a quarter as many call threads for "
            + "batch calls in flight and one poll thread")
    int worker_threads() default 24;

    @AttributeDefinition(name = "Batch calls in flight", description = "Batch calls one company's sync keeps in "
            + "flight at once (1 to the in-flight limit); more keep the throttle busy despite QuickBooks' latency")
    int batch_in_flight() default 4;

    @AttributeDefinition(name = "Books-match threads", description = "Threads running books-match reports, one "
            + "company at a time each, shared by all companies (1 to 64); 4 keep up with an hourly report for 10,000 "
            + "companies")
    int books_threads() default 4;

    @AttributeDefinition(name = "Inbound threads", description = "Threads catching companies up with QuickBooks' "
            + "changes (change-data-capture) and applying webhook changes, shared by all companies (1 to 64); 4 keep "
            + "10,000 companies on a 15-minute catch-up interval")
    int inbound_threads() default 4;

    @AttributeDefinition(name = "Node id", description = "This node's name in a cluster; empty: a random one")
    String node_id() default "";

    @AttributeDefinition(name = "Webhook verifier token",
            description = "The Intuit app's webhook verifier token (developer portal, Webhooks); empty: webhooks are refused and changes arrive by change-data-capture only",
            type = AttributeType.PASSWORD)
    String webhook_verifier_token() default "";

    @AttributeDefinition(name = "Change-data-capture interval",
            description = "Minutes between each company's catch-up with QuickBooks' changes (1 to 1440)")
    int cdc_interval_minutes() default 15;

    @AttributeDefinition(name = "Retention (days)",
            description = "Days sync history is kept: the sync log, runs and their errors, import history, resolved "
                    + "conflicts and processed QuickBooks changes; older rows are deleted daily, in small batches, by "
                    + "one node. Open conflicts, pending changes, unfinished runs and each company's latest run are "
                    + "always kept. 0 keeps everything for ever; otherwise 7 to 36500")
    int retention_days() default 90;
    @AttributeDefinition(name = "Event run window",
            description = "Minutes during which a company's event-driven pushes are one run in Recent syncs, with at "
                    + "most one failure e-mail (1 to 1440)")
    int event_run_window_minutes() default 15;

    @AttributeDefinition(name = "Connection check spacing",
            description = "Milliseconds between two companies' connection checks after the connector starts (0 to "
                    + "60000); each connected company is checked once, one after the other, never in a burst")
    int connection_check_spacing_millis() default 100;

    @AttributeDefinition(name = "Lag warning",
            description = "Minutes a record or QuickBooks change may wait before the health checks warn (1 to 59; "
                    + "an hour is critical)")
    int health_lag_warning_minutes() default 15;
}
