package io.ledgerbridge.qbo.client.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to the QuickBooks Accounting API, relative to the company's {@code /v3/company/{realmId}/}.
 *
 * @param operation what the call does, for messages ({@code "create Invoice"})
 * @param method {@code GET} or {@code POST}
 * @param path the path below the company, e.g. {@code "invoice/239"}
 * @param params query parameters other than {@code minorversion}, in order (e.g. {@code operation}, {@code requestid})
 * @param body the JSON body (any Jackson-serialisable object), a String for {@code application/text}, or null
 * @param contentType the body's media type, or null without a body
 * @param batchItems 0 for an ordinary call, else the number of items of a batch call (for the throttle)
 */
public record QboRequest(String operation, String method, String path, Map<String, String> params, Object body,
                         String contentType, int batchItems) {

    public static final String JSON = "application/json";
    public static final String TEXT = "application/text";

    public QboRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static QboRequest get(String operation, String path, Map<String, String> params) {
        return new QboRequest(operation, "GET", path, params, null, null, 0);
    }

    public static QboRequest postJson(String operation, String path, Map<String, String> params, Object body) {
        return new QboRequest(operation, "POST", path, params, body, JSON, 0);
    }

    public boolean isBatch() {
        return batchItems > 0;
    }
}
