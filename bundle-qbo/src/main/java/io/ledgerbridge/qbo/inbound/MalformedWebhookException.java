package io.ledgerbridge.qbo.inbound;

/** A webhook body that is neither of Intuit's formats, or lacks a field; the message names what is wrong. */
public final class MalformedWebhookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the field */
    public MalformedWebhookException(String message) {
        super(message);
    }
}
