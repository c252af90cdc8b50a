package io.ledgerbridge.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One incoming HTTP request as the handlers see it: method, path, decoded query parameters, headers and the body
 * with its Content-Encoding already undone. A HEAD request is handled as the GET it mirrors ({@link #head()} tells).
 */
public final class Request {
    private final String method;
    private final boolean head;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;

    /**
     * @param method the HTTP method as received
     * @param path the raw (still percent-encoded) path
     * @param rawQuery the raw query string, or null
     * @param headers the first value of each header; names are matched without case
     * @param body the decoded body (empty when there is none)
     */
    public Request(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {
        String upper = method.toUpperCase(java.util.Locale.ROOT);
        this.head = "HEAD".equals(upper);
        this.method = head ? "GET" : upper;
        this.path = path;
        this.query = parseForm(rawQuery);
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        this.headers = Collections.unmodifiableMap(h);
        this.body = body;
    }

    /** GET for a HEAD request, otherwise the method as received, in upper case. */
    public String method() {
        return method;
    }

    /** True when the client sent HEAD: the answer is the GET's, without its body. */
    public boolean head() {
        return head;
    }

    /** Raw (still percent-encoded) path. */
    public String path() {
        return path;
    }

    public String param(String name) {
        return query.get(name);
    }

    /** The query parameter, matched case-insensitively by name. */
    public String paramIgnoreCase(String name) {
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public Map<String, String> params() {
        return query;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** A form-encoded body, e.g. the token endpoint's or the authorize page's POST. */
    public Map<String, String> form() {
        return parseForm(bodyText());
    }

    public static Map<String, String> parseForm(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(decode(k), decode(v));
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
