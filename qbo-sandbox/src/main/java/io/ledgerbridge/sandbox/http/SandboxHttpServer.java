package io.ledgerbridge.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * HTTP/1.1 on 127.0.0.1 from an embedded Jetty: keep-alive, pipelining, chunked bodies, {@code Expect: 100-continue}
 * and HEAD come from Jetty; request and response content codings from {@link ContentCodings}. Routes by path prefix;
 * every answer carries an {@code intuit_tid} and is held back by the latency the constructor's function picks.
 *
 * <p>Threads: requests are served by a pool of at most {@code threads} (Jetty's, shared by every company); a held-back
 * answer holds no thread while it waits (one timer thread hands it back to the pool when it is due), so a hundred
 * companies under Intuit's latency answer side by side.
 */
public final class SandboxHttpServer implements AutoCloseable {
    /** The threads the server needs besides request work (acceptor, selectors) and a margin. */
    public static final int MIN_THREADS = 16;
    /** The default most requests served at once. */
    public static final int DEFAULT_THREADS = 200;
    private static final Logger LOG = Logger.getLogger(SandboxHttpServer.class.getName());
    // Jetty's start/stop banners at INFO would fill every test log; its warnings still show
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");
    private final Server server;
    private final ServerConnector connector;
    private final ScheduledExecutorService delays;
    private final QueuedThreadPool threads;
    private final Function<Request, Duration> latency;
    private final List<Map.Entry<String, Handler>> routes = new ArrayList<>();
    private Handler fallback = r -> Response.text(404, "text/plain", "Not Found");

    /**
     * Binds the port at once (so {@link #port()} is known before {@link #start()}).
     *
     * @param port 0 for a free port
     * @param threads the most requests served at once, every company together (at least {@link #MIN_THREADS})
     * @param latency how long to hold back the answer to a request (zero for none)
     * @throws UncheckedIOException when the port cannot be bound
     * @throws IllegalArgumentException when threads is below {@link #MIN_THREADS}
     */
    public SandboxHttpServer(int port, int threads, Function<Request, Duration> latency) {
        if (threads < MIN_THREADS) {
            throw new IllegalArgumentException("threads must be at least " + MIN_THREADS + " (got " + threads + ")");
        }
        JETTY_LOG.setLevel(Level.WARNING);
        this.latency = latency;
        this.threads = new QueuedThreadPool(threads, 4);
        this.threads.setName("qbo-sandbox-http");
        this.threads.setDaemon(true);
        server = new Server(this.threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        // the handlers read the raw path and answer odd ones (%2F in an id) with QuickBooks faults, not Jetty's page
        config.setUriCompliance(UriCompliance.LEGACY);
        // one acceptor; selectors by CPU count (Jetty's default), each serving any number of kept-alive connections
        connector = new ServerConnector(server, 1, -1, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(Duration.ofSeconds(60).toMillis());
        server.addConnector(connector);
        server.setHandler(new Dispatch());
        delays = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "qbo-sandbox-latency");
            t.setDaemon(true);
            return t;
        });
        try {
            connector.open();
        } catch (IOException e) {
            delays.shutdownNow();
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
    }

    /** Serves paths starting with {@code prefix} with {@code handler}; the first matching route wins. */
    public void route(String prefix, Handler handler) {
        routes.add(Map.entry(prefix, handler));
    }

    public void fallback(Handler handler) {
        this.fallback = handler;
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox HTTP server did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    private Response dispatch(Request request) {
        Handler handler = fallback;
        for (Map.Entry<String, Handler> route : routes) {
            if (request.path().startsWith(route.getKey())) {
                handler = route.getValue();
                break;
            }
        }
        try {
            return handler.handle(request);
        } catch (DroppedConnection | HttpRefusal passOn) {
            throw passOn;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected error serving " + request.path(), e);
            return Response.text(500, "text/plain", "Internal error: " + e);
        }
    }

    /** Reads the whole body (Jetty answers an {@code Expect: 100-continue} on the first read), then answers. */
    private final class Dispatch extends org.eclipse.jetty.server.Handler.Abstract {
        @Override
        public boolean handle(org.eclipse.jetty.server.Request in, org.eclipse.jetty.server.Response out, Callback callback) {
            byte[] raw;
            try (InputStream body = Content.Source.asInputStream(in)) {
                raw = body.readNBytes(ContentCodings.MAX_BODY + 1);
            } catch (IOException e) {
                // a broken chunked encoding or a client that went away mid-body
                answer(in, out, callback, new HttpRefusal(400, "Bad Request", "the body could not be read ("
                        + e.getMessage() + "): send it whole, with a correct Content-Length or chunked encoding").response(),
                        Duration.ZERO);
                return true;
            }
            if (raw.length > ContentCodings.MAX_BODY) {
                answer(in, out, callback, new HttpRefusal(413, "Request Entity Too Large", "the body is larger than "
                        + ContentCodings.MAX_BODY + " bytes: send smaller requests").response(), Duration.ZERO);
                return true;
            }
            serve(in, out, callback, raw);
            return true;
        }

        private void serve(org.eclipse.jetty.server.Request in, org.eclipse.jetty.server.Response out, Callback callback, byte[] raw) {
            Request request;
            Response response;
            try {
                Map<String, String> headers = new LinkedHashMap<>();
                for (HttpField field : in.getHeaders()) {
                    headers.putIfAbsent(field.getName(), field.getValue());
                }
                byte[] body = ContentCodings.decode(in.getHeaders().get(HttpHeader.CONTENT_ENCODING), raw);
                request = new Request(in.getMethod(), in.getHttpURI().getPath() == null ? "/" : in.getHttpURI().getPath(),
                        in.getHttpURI().getQuery(), headers, body);
                response = dispatch(request);
            } catch (HttpRefusal refusal) {
                answer(in, out, callback, refusal.response(), Duration.ZERO);
                return;
            } catch (DroppedConnection dropped) {
                // a quiet failure on a closed endpoint: nothing is written and nothing is logged
                in.getConnectionMetaData().getConnection().getEndPoint().close();
                callback.failed(new org.eclipse.jetty.io.EofException(dropped.getMessage()));
                return;
            }
            answer(in, out, callback, response, latency.apply(request));
        }
    }

    private void answer(org.eclipse.jetty.server.Request in, org.eclipse.jetty.server.Response out, Callback callback,
                        Response response, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            write(in, out, callback, response);
        } else {
            // the timer only hands the answer back: encoding and writing run on the pool, not on the one timer thread
            delays.schedule(() -> threads.execute(() -> write(in, out, callback, response)), delay.toNanos(),
                    TimeUnit.NANOSECONDS);
        }
    }

    private static void write(org.eclipse.jetty.server.Request in, org.eclipse.jetty.server.Response out, Callback callback,
                              Response response) {
        var headers = out.getHeaders();
        out.setStatus(response.status());
        if (response.contentType() != null) {
            headers.put(HttpHeader.CONTENT_TYPE, response.contentType());
        }
        // the docs name the header intuit_tid, the recorded wire carries Intuit-Tid: send both with one value
        String tid = "1-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        headers.put("intuit_tid", tid);
        headers.put("Intuit-Tid", tid);
        response.headers().forEach(headers::put);
        byte[] body = response.body();
        if (body.length > 0) {
            headers.put(HttpHeader.VARY, "Accept-Encoding");
            String coding = ContentCodings.choose(in.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
            if (coding != null) {
                body = ContentCodings.encode(coding, body);
                headers.put(HttpHeader.CONTENT_ENCODING, coding);
            }
        }
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        // Jetty sends no body for HEAD; writing it keeps Content-Length and the bytes in step
        out.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public void close() {
        delays.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "stopping the sandbox HTTP server failed", e);
        }
        try {
            delays.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
