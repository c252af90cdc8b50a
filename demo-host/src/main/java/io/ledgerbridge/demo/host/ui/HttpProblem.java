package io.ledgerbridge.demo.host.ui;

/**
 * A request the host refuses with an HTTP status and a message for the user (what happened and what to do); the host
 * servlet renders it inside its chrome.
 */
public class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status the HTTP status, e.g. 403
     * @param message what happened and what to do, in words for the user
     */
    public HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }
}
