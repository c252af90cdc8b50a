package io.ledgerbridge.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The JDK HTTP server on 127.0.0.1, routing by path prefix. Every answer carries an {@code intuit_tid}. */
public final class SandboxHttpServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SandboxHttpServer.class.getName());
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Map.Entry<String, Handler>> routes = new ArrayList<>();
    private Handler fallback = r -> Response.text(404, "text/plain", "Not Found");

    public SandboxHttpServer(int port) {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
        executor = Executors.newFixedThreadPool(64, r -> {
            Thread t = new Thread(r, "qbo-sandbox-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
    }

    public void route(String prefix, Handler handler) {
        routes.add(Map.entry(prefix, handler));
    }

    public void fallback(Handler handler) {
        this.fallback = handler;
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange);
        Handler handler = fallback;
        for (Map.Entry<String, Handler> route : routes) {
            if (request.path().startsWith(route.getKey())) {
                handler = route.getValue();
                break;
            }
        }
        Response response;
        try {
            response = handler.handle(request);
        } catch (DroppedConnection dropped) {
            // an exception escaping the handler, with the exchange left open, makes the JDK server close the socket
            throw dropped;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected error serving " + request.path(), e);
            response = Response.text(500, "text/plain", "Internal error: " + e);
        }
        try (exchange) {
            send(exchange, response);
        }
    }

    static void send(HttpExchange exchange, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        // the docs name the header intuit_tid, the recorded wire carries Intuit-Tid: send both with one value
        String tid = "1-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        headers.set("intuit_tid", tid);
        headers.set("Intuit-Tid", tid);
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
