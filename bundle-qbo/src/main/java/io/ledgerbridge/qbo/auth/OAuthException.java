package io.ledgerbridge.qbo.auth;

/**
 * A refusal or failure of Intuit's OAuth endpoints, sorted into what the caller must do about it.
 */
public final class OAuthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the failure means for the caller. */
    public enum Kind {
        /** {@code invalid_grant}: the code or refresh token is expired, revoked or rotated out. Reconnect. */
        INVALID_GRANT,
        /** {@code invalid_client}: the app's client id or secret is wrong. Fix the configuration. */
        INVALID_CLIENT,
        /** 5xx, 429, timeout or connection failure: try again later; nothing is wrong with the grant. */
        TRANSIENT,
        /** Any other refusal or an answer that cannot be read. */
        PROTOCOL
    }

    private final Kind kind;
    private final int status;
    private final String error;
    private final String intuitTid;
    private final String detail;

    /**
     * @param kind what it means
     * @param status the HTTP status, or 0 when no answer came
     * @param error the OAuth {@code error} code, or {@code null}
     * @param detail a description (never a token)
     * @param intuitTid Intuit's transaction id for support, or {@code null}
     */
    public OAuthException(Kind kind, int status, String error, String detail, String intuitTid) {
        super(detail + (error != null ? " (" + error + ")" : "") + (status > 0 ? " [HTTP " + status + "]" : "")
                + (intuitTid != null ? " intuit_tid=" + intuitTid : ""));
        this.kind = kind;
        this.status = status;
        this.error = error;
        this.intuitTid = intuitTid;
        this.detail = detail;
    }

    public Kind kind() { return kind; }
    public int status() { return status; }
    public String error() { return error; }
    public String intuitTid() { return intuitTid; }
    /** @return Intuit's description alone, or {@code null} */
    public String detail() { return detail; }
}
