package io.ledgerbridge.qbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reconnect resumes the pushes the lost connection stopped, recognised by their stored reason code: not a push that
 * waits for another reason whose message happens to read the same, and also one whose message reads differently.
 */
class ReconnectResumeTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String LOST = "No active QuickBooks connection";

    @TempDir
    Path dir;
    private EmbeddedDatabase db;
    private OutboxQueue queue;

    @BeforeEach
    void open() {
        db = EmbeddedDatabase.open(dir);
        new SchemaMigrator(db.dataSource()).migrate();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Outbox outbox = new Outbox(db.dataSource(), clock);
        queue = new OutboxQueue(db.dataSource(), outbox, clock);
        for (String id : List.of("lost", "revoked", "host-failure")) {
            outbox.enqueue(HostEvent.of(ACME, HostEventKind.CUSTOMER_CHANGED, id), SyncTrigger.EVENT);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aReconnectResumesThePushesStoppedByTheLostConnectionByTheirReasonCode() {
        Instant later = NOW.plus(Duration.ofMinutes(1));
        for (OutboxQueue.Claimed row : claim()) {
            switch (row.record().hostId()) {
                case "lost" -> queue.waitForConnection(row, later, LOST, "Reconnect");
                case "revoked" -> queue.waitForConnection(row, later, "Token refresh failed", "Reconnect");
                // A failure of the host whose message happens to read like the connection's: not resumed.
                default -> queue.retryLater(row, later, LOST, null, true);
            }
        }
        assertThat(claim()).as("nothing due before the reconnect").isEmpty();

        assertThat(queue.resumeAfterReconnect(ACME, NOW)).isEqualTo(2);

        assertThat(claim()).extracting(r -> r.record().hostId()).containsExactlyInAnyOrder("lost", "revoked");
    }

    private List<OutboxQueue.Claimed> claim() {
        return queue.claimDue(ACME, "node-a", NOW, NOW.plus(Duration.ofMinutes(5)), 10, Set.of());
    }
}
