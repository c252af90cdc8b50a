package io.ledgerbridge.api.ui;

/**
 * The UI contribution contract, in the style of the Apache Felix Web Console.
 *
 * <p>A contributor (the connector's UI bundle) registers a {@code jakarta.servlet.Servlet} service, <em>not</em> on
 * the HTTP whiteboard, with the {@code PROPERTY_*} service properties below. The host tracks those services, draws
 * its own chrome, navigation and authentication around them and dispatches to them:
 * <ul>
 * <li>a {@link #KIND_PAGE page} is mounted at a path of the host's choosing ending in its {@link #PROPERTY_LABEL};
 * requests below that path go to the servlet with the rest of the path as its path info;</li>
 * <li>a {@link #KIND_RECORD_PANEL record panel} is rendered inside the host's screen of one record of
 * {@link #PROPERTY_RECORD_TYPE}, with the record in {@link #ATTR_RECORD}.</li>
 * </ul>
 * Before dispatching, the host checks the user has {@link #PROPERTY_ROLE}, refuses a POST whose
 * {@link #CSRF_PARAMETER} does not match the session's token, and sets the {@code ATTR_*} request attributes.
 * A servlet answering {@code text/html} with status 200 writes an HTML fragment, which the host wraps in its page;
 * any other answer (a redirect, a download, JSON, an error status) and any answer carrying
 * {@link #HEADER_STANDALONE} is passed through untouched.
 * Implemented (registered) by connectors' UI bundles; consumed by hosts.
 */
public final class UiContribution {
    private UiContribution() {
    }

    /** Service property (String, required): the URL segment of the page or panel, unique per host. */
    public static final String PROPERTY_LABEL = "ledgerbridge.ui.label";
    /** Service property (String, required): the title shown in navigation and as the page heading. */
    public static final String PROPERTY_TITLE = "ledgerbridge.ui.title";
    /** Service property (String): the navigation group, e.g. {@code "Settings/Integrations"}. */
    public static final String PROPERTY_CATEGORY = "ledgerbridge.ui.category";
    /** Service property (String, default {@link #ROLE_ADMINISTRATOR}): the role a user needs. */
    public static final String PROPERTY_ROLE = "ledgerbridge.ui.role";
    /** Service property (String, default {@link #KIND_PAGE}): {@link #KIND_PAGE} or {@link #KIND_RECORD_PANEL}. */
    public static final String PROPERTY_KIND = "ledgerbridge.ui.kind";
    /** Service property (String, panels only): the {@link io.ledgerbridge.api.event.RecordType} name it shows. */
    public static final String PROPERTY_RECORD_TYPE = "ledgerbridge.ui.record.type";
    /** Service property (Boolean, default true): whether a page is listed in the host's navigation. */
    public static final String PROPERTY_NAVIGATION = "ledgerbridge.ui.navigation";
    /** Service property (Integer, default 100): order within its category, lowest first. */
    public static final String PROPERTY_ORDER = "ledgerbridge.ui.order";

    /** Kind: a whole page. */
    public static final String KIND_PAGE = "page";
    /** Kind: a panel on a record screen. */
    public static final String KIND_RECORD_PANEL = "record-panel";

    /** Role: any signed-in user of the tenant. */
    public static final String ROLE_USER = "user";
    /** Role: an administrator of the tenant's integrations. */
    public static final String ROLE_ADMINISTRATOR = "administrator";

    /** Request attribute: the signed-in {@link io.ledgerbridge.api.host.HostUser}. */
    public static final String ATTR_USER = "io.ledgerbridge.ui.user";
    /** Request attribute: the CSRF token (String) to put in every form as {@link #CSRF_PARAMETER}. */
    public static final String ATTR_CSRF_TOKEN = "io.ledgerbridge.ui.csrf";
    /** Request attribute: the absolute path (String) the page is mounted at, for links and form actions. */
    public static final String ATTR_MOUNT_PATH = "io.ledgerbridge.ui.mount";
    /** Request attribute: the absolute URL (String) of the host's root, for redirect URIs. */
    public static final String ATTR_HOST_URL = "io.ledgerbridge.ui.host.url";
    /** Request attribute (panels): the {@link io.ledgerbridge.api.sync.RecordRef} shown. */
    public static final String ATTR_RECORD = "io.ledgerbridge.ui.record";
    /** Request attribute: an id of the user's host session (String), to bind flows such as OAuth to it. */
    public static final String ATTR_SESSION_ID = "io.ledgerbridge.ui.session";

    /**
     * Request attribute (optional, String): where the host shows one record, as a path pattern with {@code {type}}
     * (the {@link io.ledgerbridge.api.event.RecordType} name in lower case, e.g. {@code customer}) and {@code {id}}
     * (the host id, URL-encoded), e.g. {@code /{type}s/{id}}. Pages use it to link a sync error or a conflict to the
     * record's screen; without it they show the record's name only.
     *
     * @since 1.1
     */
    public static final String ATTR_RECORD_URL_PATTERN = "io.ledgerbridge.ui.record.url";

    /** Form parameter that carries the CSRF token on every POST. */
    public static final String CSRF_PARAMETER = "ledgerbridge_csrf";
    /** Response header a servlet sets to be passed through without the host's chrome. */
    public static final String HEADER_STANDALONE = "X-LedgerBridge-Standalone";
}
