package io.ledgerbridge.qbo.client.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.qbo.client.FakeTime;
import io.ledgerbridge.qbo.client.error.QboTransientException.Reason;
import io.ledgerbridge.qbo.client.http.QboJson;
import jakarta.ws.rs.ProcessingException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorTranslatorTest {
    private final FakeTime time = new FakeTime();
    private final ErrorTranslator errors = new ErrorTranslator(QboJson.newObjectMapper(), time);

    private static String fault(String code, String message, String detail, String element) {
        return "{\"Fault\":{\"Error\":[{\"Message\":\"" + message + "\",\"Detail\":\"" + detail + "\",\"code\":\""
                + code + "\"" + (element == null ? "" : ",\"element\":\"" + element + "\"")
                + "}],\"type\":\"ValidationFault\"},\"time\":\"2026-01-05T10:00:00.000-08:00\"}";
    }

    @Test
    void validationFaultCarriesCodeElementDetailAndTid() {
        QboException e = errors.fromResponse("create Customer", 400,
                fault("2050", "String length specified does not match the supported length",
                        "Min:0 Max:100 supported. Supplied length:101", "CompanyName"), "tid-1", null);

        assertThat(e).isExactlyInstanceOf(QboValidationException.class);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("2050");
        assertThat(e.element()).isEqualTo("CompanyName");
        assertThat(e.detail()).isEqualTo("Min:0 Max:100 supported. Supplied length:101");
        assertThat(e.intuitTid()).isEqualTo("tid-1");
        assertThat(e.operation()).isEqualTo("create Customer");
        assertThat(e.getMessage()).startsWith("QB API error (400): QuickBooks rejected the field CompanyName")
                .contains("create Customer", "Supplied length:101", "intuit_tid tid-1");
    }

    @Test
    void staleObjectIs5010WithTheSelfHealingRemedy() {
        QboException e = errors.fromResponse("update Invoice 239", 400, fault("5010", "Stale Object Error",
                "Stale Object Error : You and Jane were working on this at the same time.", null), "t", null);

        assertThat(e).isInstanceOf(QboStaleObjectException.class).isInstanceOf(QboValidationException.class);
        assertThat(e.code()).isEqualTo("5010");
        assertThat(e.getMessage()).startsWith("QB API error (400): stale SyncToken (someone edited the QB record);"
                + " just run the sync again — it self-heals");
    }

    @Test
    void objectNotFoundIs610() {
        QboException e = errors.fromResponse("delete Invoice 9", 400, fault("610", "Object Not Found",
                "Object Not Found : Another user has deleted this transaction.", null), null, null);

        assertThat(e).isInstanceOf(QboNotFoundException.class);
        assertThat(e.code()).isEqualTo("610");
        assertThat(e.getMessage()).contains("object not found", "delete Invoice 9");
    }

    @Test
    void closedPeriodIs6210WithTheReopenRemedy() {
        QboException e = errors.fromResponse("create Invoice", 400, fault("6210",
                "Account Period Closed, Cannot Update Through Services API",
                "The account period has closed and the account books cannot be updated through through the QBO"
                        + " Services API. Please use the QBO website to make these changes.", null), null, null);

        assertThat(e).isInstanceOf(QboClosedPeriodException.class);
        assertThat(e.getMessage()).contains("account period has closed", "re-open the books", "sync date range");
    }

    @Test
    void duplicateNameIs6240() {
        QboException e = errors.fromResponse("create Customer", 400, fault("6240", "Duplicate Name Exists Error",
                "The name supplied already exists. : null", null), null, null);

        assertThat(e).isInstanceOf(QboDuplicateNameException.class);
        assertThat(e.getMessage()).contains("duplicate name", "same name");
    }

    @Test
    void duplicateDocNumberIs6140() {
        QboException e = errors.fromResponse("create Invoice", 400, fault("6140", "Duplicate Document Number Error",
                "DocNumber=1234 is assigned to TxnType=Invoice with TxnId=111", "DocNumber"), null, null);

        assertThat(e).isInstanceOf(QboDuplicateDocNumberException.class);
        assertThat(e.element()).isEqualTo("DocNumber");
        assertThat(e.getMessage()).contains("duplicate document number", "void the duplicate");
    }

    @Test
    void aCancelledCompanyStopsTheSyncLikeALostConnection() {
        QboException e = errors.fromResponse("create Invoice", 400, fault("6190", "Invalid Company Status",
                "Subscription period has ended or canceled or there was a billing problem", null), null, null);

        assertThat(e).isExactlyInstanceOf(QboAuthenticationException.class);
        assertThat(e.code()).isEqualTo("6190");
        assertThat(e.getMessage()).contains("subscription", "reconnect");
    }

    @Test
    void oneNameAtATimeGetsTheSignOutRemedy() {
        QboException e = errors.fromResponse("create Customer", 400, fault("6000",
                "A business validation error has occurred while processing your request",
                "Business Validation Error: You can only add or edit one name at a time. Please try again.", null),
                null, null);

        assertThat(e).isExactlyInstanceOf(QboValidationException.class);
        assertThat(e.getMessage()).contains("one name at a time", "sign out of QuickBooks Online");
    }

    @Test
    void gatewayShaped401IsAuthentication() {
        String body = "{\"warnings\":null,\"intuitObject\":null,\"fault\":{\"error\":[{\"message\":"
                + "\"message=AuthenticationFailed; errorCode=003200; statusCode=401\",\"detail\":\"Token expired: x\","
                + "\"code\":\"3200\",\"element\":null}],\"type\":\"AUTHENTICATION\"},\"report\":null,"
                + "\"time\":1601391072830,\"cdcresponse\":[]}";

        QboException e = errors.fromResponse("read Customer 1", 401, body, "tid-401", null);

        assertThat(e).isExactlyInstanceOf(QboAuthenticationException.class);
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.code()).isEqualTo("3200");
        assertThat(e.detail()).isEqualTo("Token expired: x");
        assertThat(e.element()).isNull();
        assertThat(e.intuitTid()).isEqualTo("tid-401");
        assertThat(e.getMessage()).contains("QB token expired", "reconnect");
    }

    @Test
    void forbiddenIsAuthenticationWithTheReconnectRemedy() {
        String body = "{\"fault\":{\"error\":[{\"message\":\"message=AuthorizationFailed; errorCode=003100;"
                + " statusCode=403\",\"detail\":\"Authorization Failure\",\"code\":\"3100\"}],\"type\":\"SERVICE\"}}";

        QboException e = errors.fromResponse("read CompanyInfo", 403, body, null, null);

        assertThat(e).isExactlyInstanceOf(QboAuthenticationException.class);
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.code()).isEqualTo("3100");
        assertThat(e.getMessage()).startsWith("QB API error (403): not authorized");
    }

    @Test
    void throttleXmlBodyIsThrottledWithTheWaitRemedy() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><IntuitResponse"
                + " xmlns=\"http://schema.intuit.com/finance/v3\" time=\"2026-01-05T10:00:00.000-08:00\">"
                + "<Fault type=\"SERVICE\"><Error code=\"3001\"><Message>message=ThrottleExceeded; errorCode=003001;"
                + " statusCode=429</Message><Detail>The request limit was reached.  Try again later</Detail></Error>"
                + "</Fault></IntuitResponse>";

        QboException e = errors.fromResponse("query Customer", 429, xml, "tid-429", null);

        assertThat(e).isInstanceOf(QboThrottledException.class);
        assertThat(e.code()).isEqualTo("3001");
        assertThat(e.detail()).isEqualTo("The request limit was reached.  Try again later");
        assertThat(((QboThrottledException) e).retryAfter()).isEmpty();
        assertThat(e.getMessage()).startsWith("QB API error (429): rate limited; wait 60 seconds and retry");
    }

    @Test
    void retryAfterInSecondsOrAsDateIsKept() {
        QboThrottledException seconds = (QboThrottledException) errors.fromResponse("q", 429, "", null, "7");
        QboThrottledException date = (QboThrottledException) errors.fromResponse("q", 429, "", null,
                "Mon, 05 Jan 2026 10:00:30 GMT");

        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(date.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void htmlAndPlain5xxAreTransientWithASnippet() {
        QboException html = errors.fromResponse("query Invoice", 503, "<html><head><title>503 Service Temporarily"
                + " Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center>"
                + "</body></html>", null, null);
        QboException plain = errors.fromResponse("create Invoice", 500, "Internal Server Error", null, null);

        assertThat(html).isInstanceOf(QboTransientException.class);
        assertThat(((QboTransientException) html).reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(html.httpStatus()).isEqualTo(503);
        assertThat(html.detail()).contains("503 Service Temporarily Unavailable").doesNotContain("<");
        assertThat(plain).isInstanceOf(QboTransientException.class);
        assertThat(plain.detail()).isEqualTo("Internal Server Error");
        assertThat(plain.getMessage()).startsWith("QB API error (500): QuickBooks is having trouble");
    }

    @Test
    void unsupportedOperationCode500InA400IsValidationNotTransient() {
        QboException e = errors.fromResponse("read Customer", 400, fault("500", "Unsupported Operation",
                "Operation Could not find resource", null), null, null);

        assertThat(e).isExactlyInstanceOf(QboValidationException.class);
    }

    @Test
    void faultInA200IsStillAFault() {
        QboException e = errors.fromResponse("create Invoice", 200, fault("6140", "Duplicate Document Number Error",
                "x", null), null, null);

        assertThat(e).isInstanceOf(QboDuplicateDocNumberException.class);
    }

    @Test
    void timeoutsRefusalsAndDroppedConnectionsAreTransient() {
        QboException timeout = errors.fromTransport("read Customer 1",
                new ProcessingException(new SocketTimeoutException("Read timed out")));
        QboException refused = errors.fromTransport("read Customer 1",
                new ProcessingException(new ConnectException("Connection refused")));
        QboException dropped = errors.fromTransport("create Invoice",
                new ProcessingException(new SocketException("Unexpected end of file from server")));
        QboException eof = errors.fromTransport("create Invoice", new ProcessingException(new EOFException()));

        assertThat(timeout).isInstanceOf(QboTransientException.class);
        assertThat(((QboTransientException) timeout).reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(((QboTransientException) refused).reason()).isEqualTo(Reason.CONNECTION_REFUSED);
        assertThat(((QboTransientException) dropped).reason()).isEqualTo(Reason.CONNECTION_DROPPED);
        assertThat(((QboTransientException) eof).reason()).isEqualTo(Reason.CONNECTION_DROPPED);
        assertThat(dropped.httpStatus()).isZero();
        assertThat(dropped.getMessage()).contains("connection dropped", "create Invoice", "requestid");
    }

    @Test
    void aBugInsideTheClientIsNotMistakenForATransientFailure() {
        QboException e = errors.fromTransport("create Invoice", new ProcessingException("no writer"));

        assertThat(e).isExactlyInstanceOf(QboException.class);
    }

    @Test
    void batchItemFaultIsTranslatedTheSameWay() throws Exception {
        var fault = QboJson.newObjectMapper().readTree(fault("5010", "Stale Object Error", "Stale", null))
                .get("Fault");

        QboException e = errors.fromBatchFault("batch item b3 (update SalesReceipt 11)", fault, "tid-b");

        assertThat(e).isInstanceOf(QboStaleObjectException.class);
        assertThat(e.operation()).isEqualTo("batch item b3 (update SalesReceipt 11)");
        assertThat(e.intuitTid()).isEqualTo("tid-b");
    }
}
