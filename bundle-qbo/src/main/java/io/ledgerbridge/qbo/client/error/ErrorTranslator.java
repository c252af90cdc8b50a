package io.ledgerbridge.qbo.client.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.client.error.QboTransientException.Reason;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * The one place where QuickBooks responses and transport failures become the typed {@link QboException} family.
 * Messages start with the words the product's help pages use ("QB API error (429): rate limited; wait 60 seconds
 * and retry") and end with what QuickBooks said, so an administrator sees both the remedy and the evidence.
 */
public final class ErrorTranslator {
    private final ObjectMapper mapper;
    private final Clock clock;

    public ErrorTranslator(ObjectMapper mapper, Clock clock) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Translates an unsuccessful response, or a 200 whose body is a Fault.
     *
     * @param operation what was being done, e.g. {@code "create Invoice"}
     * @param status the HTTP status
     * @param body the response body as text (JSON, XML, HTML or empty)
     * @param intuitTid the {@code intuit_tid} header, or null
     * @param retryAfter the {@code Retry-After} header, or null
     */
    public QboException fromResponse(String operation, int status, String body, String intuitTid, String retryAfter) {
        return classify(operation, status, ParsedFault.parse(body, mapper), intuitTid, retryAfter);
    }

    /** Translates the {@code Fault} object of one batch item (its HTTP status is the batch's 200). */
    public QboException fromBatchFault(String operation, JsonNode fault, String intuitTid) {
        return classify(operation, 400, ParsedFault.fromFault(fault), intuitTid, null);
    }

    /** True when a JSON envelope is a fault rather than a result (QuickBooks may send a Fault with a 200). */
    public boolean isFault(JsonNode envelope) {
        return envelope.hasNonNull("Fault") || envelope.hasNonNull("fault");
    }

    /** Translates a call that got no (whole) response: timeouts, refused and dropped connections. */
    public QboException fromTransport(String operation, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof TimeoutException) {
                return transport(operation, Reason.TIMEOUT, "QB API timeout: QuickBooks did not answer in time",
                        failure);
            }
            if (t instanceof ConnectException) {
                return transport(operation, Reason.CONNECTION_REFUSED,
                        "QB API unreachable: could not connect to QuickBooks", failure);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return transport(operation, Reason.CONNECTION_DROPPED,
                        "QB API connection dropped before QuickBooks answered", failure);
            }
        }
        return new QboException("QB API call failed inside the connector (" + operation + "): " + failure
                + "; this is a defect, report it with the log", ErrorDetails.noResponse(operation,
                String.valueOf(failure.getMessage())), failure);
    }

    private QboTransientException transport(String operation, Reason reason, String what, Throwable failure) {
        ErrorDetails details = ErrorDetails.noResponse(operation, String.valueOf(failure.getMessage()));
        return new QboTransientException(what + "; the sync retries automatically (every write carries a requestid,"
                + " so a retry never duplicates a record)" + evidence(details, null), details, reason, failure);
    }

    private QboException classify(String operation, int status, ParsedFault fault, String tid, String retryAfter) {
        ErrorDetails d = new ErrorDetails(operation, status, fault.code(), fault.message(), fault.detail(),
                fault.element(), tid);
        String type = fault.type() == null ? "" : fault.type().toUpperCase(Locale.ROOT);
        String code = fault.code() == null ? "" : fault.code();
        if (status == 429 || code.equals("3001")) {
            return new QboThrottledException(head(status) + "rate limited; wait 60 seconds and retry"
                    + evidence(d, fault), d, parseRetryAfter(retryAfter));
        }
        if (status == 403 || type.startsWith("AUTHORIZAT")) {
            return new QboAuthenticationException(head(status) + "not authorized for this QuickBooks company;"
                    + " reconnect QuickBooks in Settings → Integrations → QuickBooks as a QuickBooks administrator"
                    + evidence(d, fault), d, null);
        }
        if (status == 401 || type.startsWith("AUTHENTICATION")) {
            return new QboAuthenticationException(head(status) + "QB token expired or was revoked; the connector"
                    + " refreshes it automatically — if this persists, reconnect QuickBooks in Settings → Integrations"
                    + " → QuickBooks"
                    + evidence(d, fault), d, null);
        }
        if (status >= 500) {
            return new QboTransientException(head(status) + "QuickBooks is having trouble; the sync retries"
                    + " automatically — if it keeps failing, check status.developer.intuit.com and sync again later"
                    + evidence(d, fault), d, Reason.SERVER_ERROR, null);
        }
        return switch (code) {
            case "5010" -> new QboStaleObjectException(head(status) + "stale SyncToken (someone edited the QB record);"
                    + " just run the sync again — it self-heals" + evidence(d, fault), d, null);
            case "610" -> new QboNotFoundException(head(status) + "object not found: the QuickBooks record, or one it"
                    + " refers to, was deleted or made inactive; reactivate it in QuickBooks (or clear the link so it"
                    + " is created again) and sync again" + evidence(d, fault), d, null);
            case "6210" -> new QboClosedPeriodException(head(status) + "the account period has closed and the books"
                    + " cannot be updated through the QBO Services API; re-open the books for that period in"
                    + " QuickBooks, run the sync once more and close them again — or set the sync date range to skip"
                    + " the closed period" + evidence(d, fault), d, null);
            case "6240" -> new QboDuplicateNameException(head(status) + "duplicate name: QuickBooks does not allow two"
                    + " customers, vendors or employees with the same name (an inactive one counts); rename one of"
                    + " them or link the existing QuickBooks record, then sync again" + evidence(d, fault), d, null);
            case "6190" -> new QboAuthenticationException(head(status) + "the QuickBooks company's subscription has"
                    + " ended or was cancelled; syncing stops until it is reactivated — then reconnect QuickBooks in"
                    + " Settings → Integrations → QuickBooks" + evidence(d, fault), d, null);
            case "6140" -> new QboDuplicateDocNumberException(head(status) + "duplicate document number: another"
                    + " QuickBooks transaction already uses this number; change the number — or, if it is the same"
                    + " invoice synced twice, void the duplicate in QuickBooks (do not delete it) — then sync again"
                    + evidence(d, fault), d, null);
            default -> other(status, d, fault);
        };
    }

    private QboException other(int status, ErrorDetails d, ParsedFault fault) {
        String said = ((fault.message() == null ? "" : fault.message()) + " " + (fault.detail() == null ? ""
                : fault.detail())).toLowerCase(Locale.ROOT);
        if (said.contains("one name at a time") || said.contains("one product or service at a time")) {
            return new QboValidationException(head(status) + "you can only add or edit one name at a time: the"
                    + " sync ran while someone was working in the books; sign out of QuickBooks Online and retry the"
                    + " sync" + evidence(d, fault), d, null);
        }
        if (status == 404) {
            return new QboNotFoundException(head(status) + "not found: QuickBooks does not know this address or"
                    + " record; check the company (realm) id and sync again" + evidence(d, fault), d, null);
        }
        String field = d.element() == null ? "the record" : "the field " + d.element();
        return new QboValidationException(head(status) + "QuickBooks rejected " + field + "; correct it (or its"
                + " mapping) and sync again" + evidence(d, fault), d, null);
    }

    private static String head(int status) {
        return "QB API error (" + status + "): ";
    }

    /** The tail of every message: what failed and what QuickBooks said. */
    private static String evidence(ErrorDetails d, ParsedFault fault) {
        StringBuilder s = new StringBuilder(" [failed: ").append(d.operation());
        if (d.code() != null) {
            s.append("; code ").append(d.code());
        }
        if (d.element() != null) {
            s.append("; element ").append(d.element());
        }
        String said = fault == null ? d.detail()
                : fault.message() == null ? fault.detail()
                : fault.detail() == null ? fault.message() : fault.message() + ": " + fault.detail();
        if (said != null) {
            s.append("; QuickBooks said: ").append(said);
        }
        if (d.intuitTid() != null) {
            s.append("; intuit_tid ").append(d.intuitTid());
        }
        return s.append(']').toString();
    }

    private Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
