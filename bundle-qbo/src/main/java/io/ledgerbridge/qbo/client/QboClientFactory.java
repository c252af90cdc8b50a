package io.ledgerbridge.qbo.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.client.error.ErrorTranslator;
import io.ledgerbridge.qbo.client.http.QboCallListener;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.http.QboTransport;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import jakarta.ws.rs.client.Client;
import java.time.Clock;
import java.util.Objects;

/**
 * Assembles {@link QboClient}s that share one JAX-RS client, mapper, retry policy, clock and sleeper. The owner of a
 * company's connection creates one {@link CompanyThrottle} per company and passes it to every client of that
 * company, so all its work stays within QuickBooks' limits.
 */
public final class QboClientFactory {
    private final Client http;
    private final ObjectMapper mapper;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Sleeper sleeper;
    private final QboCallListener calls;

    /**
     * @param http from {@link io.ledgerbridge.qbo.client.http.JaxRsClients#newClient}; closed by its owner
     * @param mapper from {@link io.ledgerbridge.qbo.client.http.QboJson#newObjectMapper()}
     * @param retry the retry decision
     * @param clock time for throttle windows and {@code Retry-After} dates
     * @param sleeper waits for backoff and throttle windows
     */
    public QboClientFactory(Client http, ObjectMapper mapper, RetryPolicy retry, Clock clock, Sleeper sleeper) {
        this(http, mapper, retry, clock, sleeper, QboCallListener.NONE);
    }

    /**
     * @param http from {@link io.ledgerbridge.qbo.client.http.JaxRsClients#newClient}; closed by its owner
     * @param mapper from {@link io.ledgerbridge.qbo.client.http.QboJson#newObjectMapper()}
     * @param retry the retry decision
     * @param clock time for throttle windows and {@code Retry-After} dates
     * @param sleeper waits for backoff and throttle windows
     * @param calls told of every answered call of every client made here (metrics)
     */
    public QboClientFactory(Client http, ObjectMapper mapper, RetryPolicy retry, Clock clock, Sleeper sleeper,
            QboCallListener calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.http = Objects.requireNonNull(http, "http");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** A throttle for one company, to share among everything that calls that company. */
    public CompanyThrottle newThrottle(ThrottleLimits limits) {
        return new CompanyThrottle(limits, clock, sleeper);
    }

    /** A client for the company at {@code endpoint} that waits (throttle, {@code Retry-After}, back-off) itself. */
    public QboClient newClient(QboEndpoint endpoint, AccessTokenSource tokens, CompanyThrottle throttle) {
        return newClient(endpoint, tokens, throttle, true);
    }

    /**
     * A client for the company at {@code endpoint}.
     *
     * @param waits false for a client that never waits: it throws
     *        {@link io.ledgerbridge.qbo.client.limit.CompanyMustWait} or the failure instead (the push path)
     */
    public QboClient newClient(QboEndpoint endpoint, AccessTokenSource tokens, CompanyThrottle throttle,
            boolean waits) {
        ErrorTranslator errors = new ErrorTranslator(mapper, clock);
        return new QboClient(new QboTransport(http, endpoint, tokens, throttle, retry, sleeper, errors, mapper,
                waits, calls), mapper);
    }
}
