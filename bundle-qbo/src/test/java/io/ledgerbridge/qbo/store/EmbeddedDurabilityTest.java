package io.ledgerbridge.qbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps what it committed when the process is killed: a host event the connector accepted is
 * in the outbox after a {@code kill -9} that came right after it (H2's default gathers writes for up to a second and
 * lost them).
 */
class EmbeddedDurabilityTest {
    static final TenantId T = TenantId.of("acme");

    @TempDir
    Path dir;

    @Test
    void anEventAcceptedJustBeforeTheProcessIsKilledIsStillInTheOutbox() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDurabilityTest.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String accepted = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ACCEPTED ")) {
                    accepted = line.substring("ACCEPTED ".length());
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(accepted).as("the child accepted its events before it was killed").isEqualTo("5");

        try (EmbeddedDatabase reopened = EmbeddedDatabase.open(dir)) {
            new SchemaMigrator(reopened.dataSource()).migrate();
            var pending = new SqlRunner(reopened.dataSource(), "count").query(
                    "SELECT COUNT(*) FROM qbo_outbox WHERE tenant_id = ?", rs -> rs.getInt(1), T.value());
            assertThat(pending).containsExactly(5);
        }
    }

    /** The child: accepts five host events, says so, and is killed at once (no shutdown hook, no close). */
    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.open(Path.of(args[0]));
        new SchemaMigrator(db.dataSource()).migrate();
        Outbox outbox = new Outbox(db.dataSource(), Clock.systemUTC());
        for (int i = 1; i <= 5; i++) {
            outbox.enqueue(new HostEvent("e" + i, T, HostEventKind.CUSTOMER_CHANGED, "c" + i, Instant.now(),
                    Optional.empty()), SyncTrigger.EVENT);
        }
        System.out.println("ACCEPTED 5");
        System.out.flush();
        Runtime.getRuntime().halt(9);
    }
}
