package io.ledgerbridge.sandbox.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.sandbox.faults.FaultInjector;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.oauth.App;
import io.ledgerbridge.sandbox.oauth.AppRegistry;
import io.ledgerbridge.sandbox.oauth.TokenService;
import io.ledgerbridge.sandbox.store.ChangeListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * Sends webhooks to every app connected to the changed company. Events are gathered for a short moment and sent as
 * one signed POST per app; a delivery that is not answered 2xx within 3 seconds is retried after 10 s, 20 s, 30 s,
 * 5 min, 20 min, 2 h, 4 h, 6 h and then every 6 h (divided by the time scale), and later events wait behind it.
 * Faults ({@link FaultInjector#webhookDelay}, {@link FaultInjector#webhookRepeat}) hold a delivery back before its
 * first attempt (later events wait behind it too) or send an acknowledged one once more, byte for byte.
 */
public final class WebhookDispatcher implements ChangeListener {
    static final Set<String> SUPPORTED = Set.of("Account", "Bill", "BillPayment", "Budget", "Class", "CreditMemo",
            "Currency", "Customer", "Department", "Deposit", "Employee", "Estimate", "Invoice", "Item", "JournalCode",
            "JournalEntry", "Payment", "PaymentMethod", "Preferences", "Purchase", "PurchaseOrder", "RefundReceipt",
            "SalesReceipt", "TaxAgency", "Term", "TimeActivity", "Transfer", "Vendor", "VendorCredit");
    private static final long[] RETRY_SECONDS = {10, 20, 30, 300, 1200, 7200, 14400, 21600};
    private static final long GATHER_MILLIS = 200;

    /**
     * One attempt to deliver, kept for the admin API.
     *
     * @param heldMillis how long the notification was held back (a delay fault) before its first attempt, else 0
     * @param repeated whether this is a repeat of a delivery already acknowledged (a repeat fault)
     */
    public record Delivery(Instant at, String clientId, String url, int attempt, int status, String error,
                           String signature, JsonNode body, long heldMillis, boolean repeated) {
    }

    private final AppRegistry apps;
    private final TokenService tokens;
    private final DoubleSupplier timeScale;
    private final FaultInjector faults;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "qbo-sandbox-webhooks");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Queue> queues = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    private static final class Queue {
        final List<WebhookEvent> pending = new ArrayList<>();
        List<WebhookEvent> inFlight;
        int attempt;
        boolean scheduled;
        long heldMillis;
    }

    public WebhookDispatcher(AppRegistry apps, TokenService tokens, DoubleSupplier timeScale, FaultInjector faults) {
        this.apps = apps;
        this.tokens = tokens;
        this.timeScale = timeScale;
        this.faults = faults;
    }

    @Override
    public void changed(String realmId, String entity, String id, String operation, Instant at, String deletedId) {
        if (!SUPPORTED.contains(entity)) {
            return;
        }
        for (String clientId : tokens.connectedApps(realmId)) {
            App app = apps.get(clientId);
            if (app == null || app.webhookUrl == null || app.webhookUrl.isBlank()) {
                continue;
            }
            Queue q = queues.computeIfAbsent(clientId, c -> new Queue());
            synchronized (q) {
                q.pending.add(new WebhookEvent(realmId, entity, id, operation, at, deletedId));
                if (!q.scheduled && q.inFlight == null) {
                    q.scheduled = true;
                    scheduler.schedule(() -> flush(clientId, q), GATHER_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private void flush(String clientId, Queue q) {
        if (queues.get(clientId) != q) {
            return; // cleared (a reset) since this was scheduled: nothing from before arrives afterwards
        }
        List<WebhookEvent> batch;
        synchronized (q) {
            q.scheduled = false;
            if (q.inFlight == null) {
                if (q.pending.isEmpty()) {
                    return;
                }
                q.inFlight = new ArrayList<>(q.pending);
                q.pending.clear();
                q.attempt = 0;
                q.heldMillis = millis(faults.webhookHold());
                if (q.heldMillis > 0) {
                    q.scheduled = true;
                    scheduler.schedule(() -> flush(clientId, q), q.heldMillis, TimeUnit.MILLISECONDS);
                    return;
                }
            }
            batch = q.inFlight;
            q.attempt++;
        }
        App app = apps.get(clientId);
        boolean ok = app != null && send(app, batch, q.attempt, q.attempt == 1 ? q.heldMillis : 0);
        synchronized (q) {
            if (ok || app == null) {
                q.inFlight = null;
                if (!q.pending.isEmpty()) {
                    q.scheduled = true;
                    scheduler.schedule(() -> flush(clientId, q), GATHER_MILLIS, TimeUnit.MILLISECONDS);
                }
            } else {
                long seconds = RETRY_SECONDS[Math.min(q.attempt - 1, RETRY_SECONDS.length - 1)];
                q.scheduled = true;
                scheduler.schedule(() -> flush(clientId, q), millis(seconds), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** @return Intuit's {@code seconds} as real milliseconds at the sandbox's time scale (at least 1 when not 0) */
    private long millis(long seconds) {
        return seconds <= 0 ? 0 : Math.max(1, (long) (seconds * 1000 / timeScale.getAsDouble()));
    }

    private boolean send(App app, List<WebhookEvent> batch, int attempt, long heldMillis) {
        JsonNode body = "cloudevents".equalsIgnoreCase(app.webhookFormat)
                ? WebhookPayloads.cloudEvents(batch, app.clientId) : WebhookPayloads.classic(batch);
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        String signature = WebhookPayloads.sign(app.webhookVerifierToken == null ? "" : app.webhookVerifierToken, bytes);
        boolean ok = post(app, body, bytes, signature, attempt, heldMillis, false);
        long again = ok ? millis(faults.webhookRepeatAfter()) : 0;
        if (again > 0) {
            long before = generation.get();
            scheduler.schedule(() -> {
                if (generation.get() == before) {
                    post(app, body, bytes, signature, attempt, 0, true);
                }
            }, again, TimeUnit.MILLISECONDS);
        }
        return ok;
    }

    private boolean post(App app, JsonNode body, byte[] bytes, String signature, int attempt, long heldMillis,
            boolean repeated) {
        int status = 0;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.webhookUrl))
                    .timeout(Duration.ofSeconds(3))
                    .header("Content-Type", "application/json")
                    .header("intuit-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = e.toString();
        }
        deliveries.add(new Delivery(Instant.now(), app.clientId, app.webhookUrl, attempt, status, error, signature, body,
                heldMillis, repeated));
        return status >= 200 && status < 300;
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Events waiting (not yet acknowledged) for one app. */
    public int pending(String clientId) {
        Queue q = queues.get(clientId);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            return q.pending.size() + (q.inFlight == null ? 0 : q.inFlight.size());
        }
    }

    /** Forgets every delivery and queue; deliveries held back, retries and repeats planned before are dropped. */
    public void clear() {
        generation.incrementAndGet();
        deliveries.clear();
        queues.clear();
    }

    public void close() {
        scheduler.shutdownNow();
    }
}
