package io.ledgerbridge.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.sandbox.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response to send: status, content type, body bytes and extra headers. Immutable once built, so it can be replayed. */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON_OK = "application/json;charset=utf-8";
    public static final String JSON_FAULT = "application/json";

    public static Response json(int status, JsonNode node) {
        return new Response(status, status < 300 ? JSON_OK : JSON_FAULT, Json.write(node).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response text(int status, String contentType, String body) {
        return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response redirect(String location) {
        return new Response(302, "text/html;charset=utf-8", new byte[0], Map.of("Location", location));
    }

    public static Response empty(int status) {
        return new Response(status, null, new byte[0], Map.of());
    }

    public Response withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, body, h);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
