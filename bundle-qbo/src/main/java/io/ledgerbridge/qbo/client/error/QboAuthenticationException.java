package io.ledgerbridge.qbo.client.error;

/**
 * QuickBooks refused the credentials (401: expired, invalid or revoked token; 403: not authorized for this company
 * or scope; fault 6190: the company's subscription ended). Syncing for the company cannot go on until it is
 * reconnected.
 */
public class QboAuthenticationException extends QboException {
    private static final long serialVersionUID = 1L;

    public QboAuthenticationException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
