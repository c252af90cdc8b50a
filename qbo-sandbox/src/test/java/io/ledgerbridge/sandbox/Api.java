package io.ledgerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for tests: talks to one company of a sandbox with a bearer token, over real loopback HTTP. */
final class Api {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    final QboSandbox sandbox;
    final String realm;
    String token;

    Api(QboSandbox sandbox, String realm, String token) {
        this.sandbox = sandbox;
        this.realm = realm;
        this.token = token;
    }

    static Api connect(QboSandbox sandbox, String realm) {
        return new Api(sandbox, realm, sandbox.admin().connect(QboSandbox.DEFAULT_CLIENT_ID, realm).accessToken());
    }

    /** The answer to one request. */
    record Resp(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String faultCode() {
            return json().path("Fault").path("Error").path(0).path("code").asText(null);
        }
    }

    String url(String path) {
        return sandbox.baseUrl() + "/v3/company/" + realm + "/" + path;
    }

    Resp get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    Resp post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Resp query(String statement) {
        return get("query?query=" + URLEncoder.encode(statement, StandardCharsets.UTF_8).replace("+", "%20") + "&minorversion=75");
    }

    Resp postQuery(String statement) {
        return send(HttpRequest.newBuilder(URI.create(url("query?minorversion=75"))).header("Content-Type", "application/text")
                .POST(HttpRequest.BodyPublishers.ofString(statement)));
    }

    /** Creates an entity and returns it, failing the test when the sandbox answers a fault. */
    JsonNode create(String entity, String json) {
        Resp r = post(entity.toLowerCase() + "?minorversion=75", json);
        if (r.status() != 200) {
            throw new AssertionError("create " + entity + " failed: " + r.status() + " " + r.body());
        }
        return r.json().get(entity);
    }

    Resp send(HttpRequest.Builder builder) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        builder.header("Accept", "application/json");
        return raw(builder.build());
    }

    static Resp raw(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
