package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.EngineFixture.T;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 17 §6: runs, e-mails and lists. */
class RunsAndDigestsTest extends WorkerTestBase {

    /** Eight host edits in fifteen minutes used to be eight runs and eight e-mails. */
    @Test
    void eventPushesOfAWindowAreOneRunWithOneDigestWhoseCountMatchesItsList() {
        // Start at a window's beginning, so every edit below falls in the same 15-minute window.
        Instant next = Instant.ofEpochSecond((SyncRuns.windowOf(f.clock.instant(), Duration.ofMinutes(15)) + 1) * 900);
        f.clock.advance(Duration.between(f.clock.instant(), next));
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        for (String id : new String[] {"c2", "c3"}) {
            f.clock.advance(Duration.ofMinutes(3));
            f.host.add(customer(id, "No Mail " + id, null));
            f.changed(HostEventKind.CUSTOMER_CHANGED, id);
            f.drain();
        }
        // c2 fails again after another edit: still one failed record, not two.
        f.clock.advance(Duration.ofMinutes(3));
        f.host.add(customer("c2", "No Mail c2", null));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c2");
        f.drain();

        assertThat(f.sync.recentRuns(T, 10)).singleElement().satisfies(run -> {
            assertThat(run.trigger()).isEqualTo(SyncTrigger.EVENT);
            assertThat(run.state()).isEqualTo(SyncRunState.RUNNING);
            assertThat(run.created()).isEqualTo(1);
        });
        assertThat(f.host.sent).as("no digest while the window is open").isEmpty();

        f.clock.advance(Duration.ofMinutes(6)); // the window has passed
        f.finishPassedWindows();
        f.finishPassedWindows();

        SyncRun run = f.sync.recentRuns(T, 10).get(0);
        assertThat(run.state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(f.host.sent).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("QuickBooks sync: 2 record(s) failed");
            assertThat(n.body()).contains("ended with 2 failed record(s)")
                    .contains("- Customer No Mail c2: Failed to sync customer")
                    .contains("- Customer No Mail c3: Failed to sync customer");
            assertThat(n.body().lines().filter(l -> l.startsWith("- "))).hasSize(2);
        });

        // The next window's edits are a new run.
        f.host.add(customer("c4", "Delta", "d@delta.example"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c4");
        f.drain();
        assertThat(f.sync.recentRuns(T, 10)).hasSize(2);
    }

    @Test
    void aDigestCountsOnlyFailedRecordsAndListsWaitingOnesApartNamedAsTheHostShowsThem() {
        f.host.add(customer("c2", "No Mail Inc", null));
        f.host.add(invoice("i1", "c2", "1010", InvoiceStatus.SENT, "50", "0"));

        SyncRun run = f.sync.syncNow(T);
        f.drain();

        assertThat(f.sync.run(T, run.runId()).orElseThrow().state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(f.host.sent).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("QuickBooks sync: 1 record(s) failed");
            String failed = n.body().substring(n.body().indexOf("Failed:"), n.body().indexOf("Also not pushed"));
            assertThat(failed.lines().filter(l -> l.startsWith("- "))).singleElement().asString()
                    .startsWith("- Customer No Mail Inc: ");
            assertThat(n.body().substring(n.body().indexOf("Also not pushed"))).contains("- Invoice 1010: Waiting");
        });
    }

    /** One ignored record came back on the walk: the sweep's watermark lay before its failure. */
    @Test
    void anIgnoredRecordStaysIgnoredUntilItChanges() {
        f.host.add(customer("c2", "No Mail Inc", null));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c2");
        f.drain();
        RecordRef c2 = RecordRef.of(RecordType.CUSTOMER, "c2");
        f.sync.ignore(T, c2, new HostUser("admin", "Ada Admin", null, T, true));

        f.clock.advance(Duration.ofMinutes(1));
        f.sync.syncNow(T); // the first sweep lists every record
        f.drain();
        f.sync.syncNow(T);
        f.drain();
        assertThat(f.sync.failures(T, 10)).isEmpty();
        assertThat(f.status(RecordType.CUSTOMER, "c2").state()).isNotEqualTo(SyncState.FAILED);

        f.clock.advance(Duration.ofMinutes(1));
        f.host.add(new HostCustomer("c2", "No Mail Inc", "Jane Doe", null, "555-0100", null, null,
                f.clock.instant()));
        f.sync.syncNow(T);
        f.drain();
        assertThat(f.sync.failures(T, 10)).extracting(s -> s.record()).containsExactly(c2);
    }
}
