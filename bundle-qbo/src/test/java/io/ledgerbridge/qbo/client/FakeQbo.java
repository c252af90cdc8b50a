package io.ledgerbridge.qbo.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A scripted stand-in for QuickBooks: answers queued responses in order and records every request. */
final class FakeQbo implements AutoCloseable {

    /** A recorded request. */
    record Recorded(String method, String path, String rawQuery, Map<String, String> params,
                    Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A scripted answer. */
    record Answer(int status, String contentType, String body, Map<String, String> headers, boolean drop,
                  CountDownLatch hold) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Map.of("intuit_tid", "tid-" + status), false, null);
        }

        static Answer of(int status, String contentType, String body, Map<String, String> headers) {
            return new Answer(status, contentType, body, headers, false, null);
        }

        /** Closes the connection without answering. */
        static Answer dropConnection() {
            return new Answer(0, null, null, Map.of(), true, null);
        }

        /** Answers only after {@code hold} is released (or 10 s): for timeouts. */
        static Answer after(CountDownLatch hold, Answer answer) {
            return new Answer(answer.status, answer.contentType, answer.body, answer.headers, false, hold);
        }
    }

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    FakeQbo() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    FakeQbo answer(Answer answer) {
        synchronized (answers) {
            answers.add(answer);
        }
        return this;
    }

    FakeQbo answerJson(int status, String body) {
        return answer(Answer.json(status, body));
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    Recorded lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        requests.add(new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                params(uri.getRawQuery()), Map.copyOf(exchange.getRequestHeaders()), body));
        Answer answer;
        synchronized (answers) {
            answer = answers.isEmpty() ? Answer.json(500, "{\"unscripted\":true}") : answers.poll();
        }
        if (answer.hold() != null) {
            try {
                answer.hold().await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer.drop()) {
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
