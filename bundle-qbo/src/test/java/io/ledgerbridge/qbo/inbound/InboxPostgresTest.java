package io.ledgerbridge.qbo.inbound;

import static io.ledgerbridge.qbo.inbound.InboundRig.T;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.InboxEntry;
import io.ledgerbridge.qbo.testing.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The inbox on PostgreSQL with two nodes: the same notification delivered to both at once is stored once, and of two
 * nodes claiming at once each change goes to one of them.
 */
class InboxPostgresTest {

    private static List<InboxEntry> changes(int n) {
        List<InboxEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new InboxEntry(T, "111", "Invoice", String.valueOf(i), "UPDATE",
                    Instant.parse("2026-12-06T09:30:00.125Z"), null, SyncTrigger.WEBHOOK, null));
        }
        return out;
    }

    @Test
    void concurrentDeliveriesStoreEachChangeOnceAndEachClaimGoesToOneNode() throws Exception {
        Database db = new Database(TestPostgres.freshSchema("inbox"), null);
        Inbox nodeA = new Inbox(db.dataSource(), Clock.systemUTC());
        Inbox nodeB = new Inbox(db.dataSource(), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> stored = pool.invokeAll(List.<Callable<Integer>>of(
                    () -> nodeA.record(changes(50)), () -> nodeB.record(changes(50))));
            assertThat(stored.get(0).get() + stored.get(1).get()).isEqualTo(50);
            assertThat(nodeA.count(T, "PENDING")).isEqualTo(50);

            Instant now = Instant.now();
            List<Future<List<Inbox.Claimed>>> claims = pool.invokeAll(List.<Callable<List<Inbox.Claimed>>>of(
                    () -> nodeA.claimDue(T, "a", now, now.plusSeconds(300), 50),
                    () -> nodeB.claimDue(T, "b", now, now.plusSeconds(300), 50)));
            List<Long> ids = new ArrayList<>();
            for (Future<List<Inbox.Claimed>> f : claims) {
                f.get().forEach(c -> ids.add(c.id()));
            }
            assertThat(ids).hasSize(50).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
            db.close();
        }
    }
}
