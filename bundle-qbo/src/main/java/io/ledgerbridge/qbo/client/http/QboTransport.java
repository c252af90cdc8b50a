package io.ledgerbridge.qbo.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.error.ErrorDetails;
import io.ledgerbridge.qbo.client.error.ErrorTranslator;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.client.error.QboThrottledException;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link QboRequest}s for one company: adds {@code minorversion} and the bearer token, holds a throttle permit
 * around each HTTP exchange, hands every failure to the {@link ErrorTranslator} and lets the {@link RetryPolicy}
 * decide what follows. Thread-safe.
 *
 * <p>A transport built not to wait ({@code waits == false}, the push path) never sleeps: a full throttle or a 429
 * throws {@link CompanyMustWait} with the instant the company may go on, and a transient failure is reported at once
 * (the outbox row is retried later with its back-off), so the caller's thread serves another company meanwhile. The
 * 401 token refresh is the one retry it makes itself (a call, not a wait).
 */
public final class QboTransport {
    private static final Logger LOG = LoggerFactory.getLogger(QboTransport.class);

    private final Client http;
    private final QboEndpoint endpoint;
    private final AccessTokenSource tokens;
    private final CompanyThrottle throttle;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final ErrorTranslator errors;
    private final ObjectMapper mapper;
    private final boolean waits;
    private final QboCallListener calls;

    public QboTransport(Client http, QboEndpoint endpoint, AccessTokenSource tokens, CompanyThrottle throttle,
                        RetryPolicy retry, Sleeper sleeper, ErrorTranslator errors, ObjectMapper mapper) {
        this(http, endpoint, tokens, throttle, retry, sleeper, errors, mapper, true);
    }

    /**
     * @param waits whether a call may wait (for the throttle, a {@code Retry-After}, a back-off) on the caller's thread;
     *        when false it throws {@link CompanyMustWait} or the failure instead
     */
    public QboTransport(Client http, QboEndpoint endpoint, AccessTokenSource tokens, CompanyThrottle throttle,
                        RetryPolicy retry, Sleeper sleeper, ErrorTranslator errors, ObjectMapper mapper,
                        boolean waits) {
        this(http, endpoint, tokens, throttle, retry, sleeper, errors, mapper, waits, QboCallListener.NONE);
    }

    /** As above, telling {@code calls} of every answered exchange (metrics). */
    public QboTransport(Client http, QboEndpoint endpoint, AccessTokenSource tokens, CompanyThrottle throttle,
                        RetryPolicy retry, Sleeper sleeper, ErrorTranslator errors, ObjectMapper mapper,
                        boolean waits, QboCallListener calls) {
        this.waits = waits;
        this.calls = Objects.requireNonNull(calls, "calls");
        this.http = Objects.requireNonNull(http, "http");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    public QboEndpoint endpoint() {
        return endpoint;
    }

    /** @return the company's throttle, which this transport shares with every other client of the company */
    public CompanyThrottle throttle() {
        return throttle;
    }

    public ErrorTranslator errors() {
        return errors;
    }

    /**
     * Sends the request, retrying as the policy says, and returns the answer.
     *
     * @throws QboException the translated failure when the policy gives up
     */
    public QboResponse send(QboRequest request) {
        String payload = serialize(request);
        String token = tokens.currentToken();
        boolean refreshed = false;
        for (int attempts = 1; ; attempts++) {
            QboException failure;
            try {
                return once(request, payload, token);
            } catch (QboException e) {
                failure = e;
            }
            RetryPolicy.Decision decision = retry.decide(failure, attempts, refreshed);
            switch (decision.action()) {
                case GIVE_UP -> throw failure;
                case REFRESH_TOKEN_AND_RETRY -> {
                    LOG.info("QuickBooks refused the access token for {} of company {}; refreshing it once",
                            request.operation(), endpoint.realmId());
                    token = tokens.refreshAfterRejection(token);
                    refreshed = true;
                }
                case RETRY -> {
                    if (!waits) {
                        throw waitOrFail(request, failure, decision);
                    }
                    LOG.info("{} of company {} failed (attempt {}), retrying in {} ms: {}", request.operation(),
                            endpoint.realmId(), attempts, decision.delay().toMillis(), failure.getMessage());
                    if (failure instanceof QboThrottledException) {
                        throttle.holdFor(decision.delay());
                    } else {
                        pause(request, decision.delay());
                    }
                }
            }
        }
    }

    private QboResponse once(QboRequest request, String payload, String token) {
        int status;
        String body;
        String tid;
        String retryAfter;
        try (CompanyThrottle.Permit permit = acquire(request)) {
            long started = System.nanoTime();
            Invocation.Builder call = http.target(URI.create(uri(request))).request(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            Response response = payload == null ? call.method(request.method())
                    : call.method(request.method(), Entity.entity(payload, request.contentType()
                            + ";charset=UTF-8"));
            try {
                status = response.getStatus();
                body = response.hasEntity() ? response.readEntity(String.class) : "";
                tid = firstHeader(response, "intuit_tid", "Intuit-Tid");
                retryAfter = response.getHeaderString("Retry-After");
            } finally {
                response.close();
            }
            calls.onCall(endpoint.realmId(), request.operation(), request.batchItems(), status,
                    System.nanoTime() - started);
        } catch (ProcessingException e) {
            throw errors.fromTransport(request.operation(), e);
        }
        if (status < 200 || status >= 300) {
            throw errors.fromResponse(request.operation(), status, body, tid, retryAfter);
        }
        JsonNode envelope;
        try {
            envelope = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw errors.fromTransport(request.operation(),
                    new IOException("QuickBooks answered " + status + " with a body that is not JSON", e));
        }
        if (envelope == null || errors.isFault(envelope)) {
            throw errors.fromResponse(request.operation(), status, body, tid, retryAfter);
        }
        return new QboResponse(envelope, tid);
    }

    /** The no-wait answer to a retryable failure: a 429 holds the company; anything else is the caller's to retry. */
    private RuntimeException waitOrFail(QboRequest request, QboException failure, RetryPolicy.Decision decision) {
        if (failure instanceof QboThrottledException) {
            var until = throttle.holdFor(decision.delay());
            LOG.info("{} of company {} was throttled (429); the company waits {} ms", request.operation(),
                    endpoint.realmId(), decision.delay().toMillis());
            return new CompanyMustWait(until, "QuickBooks answered 429 for " + request.operation());
        }
        return failure;
    }

    private CompanyThrottle.Permit acquire(QboRequest request) {
        if (!waits) {
            return throttle.tryAcquire(request.isBatch(), Math.max(1, request.batchItems()));
        }
        try {
            return throttle.acquire(request.isBatch(), Math.max(1, request.batchItems()));
        } catch (InterruptedException e) {
            throw interrupted(request, e);
        }
    }

    private void pause(QboRequest request, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            throw interrupted(request, e);
        }
    }

    private QboException interrupted(QboRequest request, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new QboException("QB API call cancelled: " + request.operation() + " was interrupted while waiting;"
                + " it runs again with the next sync", ErrorDetails.noResponse(request.operation(), "interrupted"), e);
    }

    private String serialize(QboRequest request) {
        if (request.body() == null) {
            return null;
        }
        if (request.body() instanceof String text) {
            return text;
        }
        try {
            return mapper.writeValueAsString(request.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + request.operation() + " as JSON", e);
        }
    }

    /** Encodes every value ourselves so a query's {@code %}, {@code &}, braces or Unicode reach QuickBooks intact. */
    String uri(QboRequest request) {
        StringBuilder uri = new StringBuilder(endpoint.companyRoot()).append(request.path());
        char separator = '?';
        for (Map.Entry<String, String> param : request.params().entrySet()) {
            uri.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            separator = '&';
        }
        return uri.append(separator).append("minorversion=").append(endpoint.minorVersion()).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String firstHeader(Response response, String... names) {
        for (String name : names) {
            String value = response.getHeaderString(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
