package io.ledgerbridge.qbo.auth;

/** QuickBooks refused or failed a CompanyInfo or Preferences read. */
public final class CompanyReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status the HTTP status, or 0 when no answer came
     * @param detail what happened (never a token)
     */
    public CompanyReadException(int status, String detail) {
        super(detail + (status > 0 ? " [HTTP " + status + "]" : ""));
        this.status = status;
    }

    /** @return the HTTP status, or 0 when no answer came */
    public int status() {
        return status;
    }

    /** @return whether the access token was rejected (a refresh may help) */
    public boolean unauthorized() {
        return status == 401;
    }
}
