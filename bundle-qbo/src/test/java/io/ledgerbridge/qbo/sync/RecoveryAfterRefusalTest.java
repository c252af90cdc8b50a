package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.EngineFixture.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every way an administrator or the host sends a failed record again (Retry on the errors list and Sync again on the
 * record panel both re-sync it; an edit of the record; Sync now): after a definitive refusal the next create is a new
 * write under a new {@code requestid} (QuickBooks replays a refusal to a requestid it has seen, so reusing it would
 * keep the record stuck however it was fixed); after a transient failure the create may have happened, so the same
 * {@code requestid} is sent again and QuickBooks answers with the record it made (never a duplicate).
 */
class RecoveryAfterRefusalTest extends WorkerTestBase {
    private static final RecordRef E1 = RecordRef.of(RecordType.EXPENSE, "e1");

    enum Path { RETRY, EDIT, SYNC_NOW }

    @BeforeEach
    void mappings() {
        f.settings.put(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "visa", "42", "CreditCard"));
        f.settings.put(T, new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "travel", "13", null));
    }

    private HostExpense expense(String memo) {
        return new HostExpense("e1", "City Cabs", "visa", "travel", Money.of("42.50", "USD"),
                LocalDate.of(2026, 1, 6), memo, null, f.clock.instant());
    }

    private void sendAgain(Path path) {
        switch (path) {
            case RETRY -> f.sync.resync(T, E1);
            case EDIT -> {
                f.host.add(expense("Taxi to the airport"));
                f.changed(HostEventKind.EXPENSE_RECORDED, "e1");
            }
            case SYNC_NOW -> {
                f.clock.advance(Duration.ofMinutes(1));
                f.host.add(expense("Taxi to the airport"));
                f.sync.syncNow(T);
            }
        }
    }

    private String lastRequestId() {
        return f.qbo.requestIds.get(f.qbo.requestIds.size() - 1);
    }

    private String firstPush() {
        f.host.add(expense("Taxi"));
        f.changed(HostEventKind.EXPENSE_RECORDED, "e1");
        f.drain();
        return lastRequestId();
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void afterADefinitiveRefusalEveryPathSendsANewRequestIdAndTheRecordArrives(Path path) {
        f.qbo.refuseNextCreate.put("Purchase", new QboFault(QboFault.Kind.VALIDATION, 400, "6000",
                "A business validation error has occurred while processing your request",
                "Business Validation Error: You must select a credit card account", "tid-6000", null));
        String refused = firstPush();
        assertThat(f.status(RecordType.EXPENSE, "e1").state()).isEqualTo(SyncState.FAILED);

        sendAgain(path);
        f.drain();

        assertThat(lastRequestId()).as("the write after the refusal").isNotEqualTo(refused);
        assertThat(f.status(RecordType.EXPENSE, "e1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(f.qbo.all("Purchase")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void afterATimeoutEveryPathReplaysTheSameRequestIdAndCreatesNoSecondRecord(Path path) {
        f.settings(b -> b.maxAttempts(1));
        f.qbo.loseNextCreateOf = "Purchase";
        String timedOut = firstPush();
        assertThat(f.status(RecordType.EXPENSE, "e1").state()).isEqualTo(SyncState.FAILED);

        sendAgain(path);
        f.drainWithRetries();

        assertThat(f.qbo.requestIds).as("the create after the timeout").filteredOn(timedOut::equals).hasSize(2);
        assertThat(f.qbo.all("Purchase")).hasSize(1);
        assertThat(f.status(RecordType.EXPENSE, "e1").remoteId())
                .isEqualTo(f.qbo.all("Purchase").get(0).path("Id").asText());
    }

    @ParameterizedTest
    @EnumSource(value = QboFault.Kind.class, names = {"TRANSIENT", "THROTTLED"})
    void aFailureThatMayHaveWrittenKeepsItsRequestIdOnTheRetry(QboFault.Kind kind) {
        f.qbo.refuseNextCreate.put("Purchase", new QboFault(kind, kind == QboFault.Kind.THROTTLED ? 429 : 503, null,
                "failed", null, null, kind == QboFault.Kind.THROTTLED ? Duration.ofSeconds(1) : null));
        String first = firstPush();
        assertThat(f.status(RecordType.EXPENSE, "e1").state()).isEqualTo(SyncState.PENDING);

        f.drainWithRetries();

        assertThat(f.qbo.requestIds).filteredOn(first::equals).hasSize(2);
        assertThat(f.status(RecordType.EXPENSE, "e1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(f.qbo.all("Purchase")).hasSize(1);
    }

    @Test
    void aReSyncOfAnotherTenantsRecordIsRefusedAndQueuesNothing() {
        TenantId beta = TenantId.of("beta");
        TenantHosts hosts = new TenantHosts();
        hosts.ofPut(T, f.host);
        f.host.add(invoice("INV-1026", "c1", "1026", InvoiceStatus.SENT, "50", "0"));
        f.settings.save(beta, ConnectorSettings.defaults().toBuilder().enabled(true).autoSyncInterval(null)
                .notificationRecipients(List.of("books@beta.example")).build());
        SyncService sync = new SyncService(hosts, f.queue, f.runs, new RecordStatusReader(db, f.outbox), f.settings,
                f.log, t -> f.access, new io.ledgerbridge.qbo.store.IgnoredRecords(db.dataSource()), f.finisher, f.clock);
        RecordRef theirs = RecordRef.of(RecordType.INVOICE, "INV-1026");

        assertThatThrownBy(() -> sync.resync(beta, theirs)).isInstanceOf(InvalidInputException.class)
                .hasMessage("record: this organisation has no invoice INV-1026");

        assertThat(f.outbox.pending(beta, theirs)).isEmpty();
        assertThat(f.outbox.pending(T, theirs)).isEmpty();
        assertThat(sync.recentRuns(beta, 10)).isEmpty();
        sync.resync(T, theirs);
        assertThat(f.outbox.pending(T, theirs)).isPresent();
    }
}
