package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.QboSandbox;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The soak's weather: what QuickBooks and the network do to the connector while it pushes. 10% of calls fail with a
 * 5xx and 5% are slow; 30% of webhook deliveries are held back 1 to 20 minutes of Intuit's time (1 to 20 s at the
 * soak's time scale of 60, later ones waiting behind them) and 10% are sent twice (Intuit delivers late and sometimes
 * more than once). Each tick (every 500 ms) drops 2% of connections, starts a 429 burst every 10 s or so, and edits a
 * linked customer as a QuickBooks user (so the connector's next update carries a stale SyncToken).
 */
final class SoakFaults {
    private final QboSandbox sandbox;
    private final Random random;
    private final AtomicInteger edited = new AtomicInteger();
    private long requestsSeen;
    private double dropsOwed;

    SoakFaults(QboSandbox sandbox, Random random) {
        this.sandbox = sandbox;
        this.random = random;
    }

    /** Turns on the steady faults: 10% 5xx, 5% slow calls, 30% of webhooks late, 10% twice. */
    void start() {
        sandbox.admin().faults().errorRate(0.10, random.nextBoolean() ? 503 : 500);
        sandbox.admin().faults().slow(0.05, 300);
        sandbox.admin().faults().webhookDelay(0.30, 60, 1_200);
        sandbox.admin().faults().webhookRepeat(0.10);
    }

    /** One tick of the weather. */
    void tick() {
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

    /** Stops every fault: the run drains in fair weather. */
    void stop() {
        sandbox.admin().faults().clear();
    }

    int edited() {
        return edited.get();
    }
}
