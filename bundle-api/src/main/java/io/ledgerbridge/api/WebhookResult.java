package io.ledgerbridge.api;

/**
 * What to answer a webhook with.
 *
 * @param status the HTTP status
 * @param message a short plain-text message for the response body (never a secret)
 */
public record WebhookResult(int status, String message) {
    public WebhookResult {
        Checks.requiredText(message, "message");
    }

    /** @return whether the notification was accepted (a 2xx status) */
    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}
