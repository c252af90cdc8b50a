package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.WebhookOperations;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.webhook.WebhookDispatcher;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The soak's weather: what QuickBooks and the network do to the connector while it pushes. Each tick (every 500 ms)
 * keeps 10% of calls failing with a 5xx and 5% slow, drops 2% of connections, starts a 429 burst every 10 s or so,
 * edits a linked customer as a QuickBooks user (so the connector's next update carries a stale SyncToken), and replays
 * webhook deliveries a few seconds late (Intuit retries and repeats them).
 */
final class SoakFaults {
    private final QboSandbox sandbox;
    private final WebhookOperations webhooks;
    private final Random random;
    private final AtomicInteger replayed = new AtomicInteger();
    private final AtomicInteger edited = new AtomicInteger();
    private int deliveriesSeen;
    private long requestsSeen;
    private double dropsOwed;

    SoakFaults(QboSandbox sandbox, WebhookOperations webhooks, Random random) {
        this.sandbox = sandbox;
        this.webhooks = webhooks;
        this.random = random;
    }

    /** Turns on the steady faults: 10% 503s, 5% slow calls. */
    void start() {
        sandbox.admin().faults().errorRate(0.10, random.nextBoolean() ? 503 : 500);
        sandbox.admin().faults().slow(0.05, 300);
    }

    /**
     * One tick of the weather.
     *
     * @param later where delayed webhook replays are scheduled
     */
    void tick(ScheduledExecutorService later) {
        long total = sandbox.admin().requestCounts().path("total").asLong();
        dropsOwed += (total - requestsSeen) * 0.02;
        requestsSeen = total;
        if (dropsOwed >= 1) {
            sandbox.admin().faults().dropNext((int) dropsOwed);
            dropsOwed -= (int) dropsOwed;
        }
        if (random.nextInt(20) == 0) {
            sandbox.admin().faults().throttleNext(3 + random.nextInt(10));
        }
        List<WebhookDispatcher.Delivery> deliveries = sandbox.admin().webhookDeliveries();
        for (int i = deliveriesSeen; i < deliveries.size(); i++) {
            WebhookDispatcher.Delivery d = deliveries.get(i);
            if (d.status() == 200 && random.nextInt(3) == 0) {
                later.schedule(() -> replay(d), 1 + random.nextInt(5), TimeUnit.SECONDS);
            }
        }
        deliveriesSeen = deliveries.size();
    }

    /** Edits a customer as a QuickBooks user would, moving its SyncToken past the connector's. */
    void editAsQuickBooksUser(String qboId) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("Notes", "edited in QuickBooks " + edited.incrementAndGet());
        try {
            sandbox.admin().edit(QboSandbox.US_REALM, "Customer", qboId, fields);
        } catch (RuntimeException e) {
            // the customer is being merged or made inactive by another edit: skip this one
        }
    }

    private void replay(WebhookDispatcher.Delivery d) {
        byte[] body = Json.write(d.body()).getBytes(StandardCharsets.UTF_8);
        webhooks.receive(d.signature(), new ByteArrayInputStream(body));
        replayed.incrementAndGet();
    }

    /** Stops every fault: the run drains in fair weather. */
    void stop() {
        sandbox.admin().faults().clear();
    }

    int replayed() {
        return replayed.get();
    }

    int edited() {
        return edited.get();
    }
}
