package io.ledgerbridge.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One incoming HTTP request: method, path, decoded query parameters and the raw body. */
public final class Request {
    private final HttpExchange exchange;
    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final byte[] body;

    public Request(HttpExchange exchange) {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod().toUpperCase();
        this.path = exchange.getRequestURI().getRawPath();
        this.query = parseForm(exchange.getRequestURI().getRawQuery());
        boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        // Intuit's Java SDK compresses request bodies by default
        try (InputStream in = gzip ? new java.util.zip.GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
            this.body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpExchange exchange() {
        return exchange;
    }

    public String method() {
        return method;
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
        return exchange.getRequestHeaders().getFirst(name);
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
