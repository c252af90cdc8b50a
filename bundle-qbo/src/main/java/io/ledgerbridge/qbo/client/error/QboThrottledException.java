package io.ledgerbridge.qbo.client.error;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429 (fault 3001): the company's request limit was reached. Intuit asks callers to wait 60 seconds. */
public class QboThrottledException extends QboException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public QboThrottledException(String message, ErrorDetails details, Duration retryAfter) {
        super(message, details, null);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for in {@code Retry-After}, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
