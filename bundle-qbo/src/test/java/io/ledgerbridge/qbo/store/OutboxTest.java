package io.ledgerbridge.qbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    private static final TenantId ACME = TenantId.of("acme");

    @TempDir
    Path dir;
    private EmbeddedDatabase db;
    private Outbox outbox;

    @BeforeEach
    void open() {
        db = EmbeddedDatabase.open(dir);
        new SchemaMigrator(db.dataSource()).migrate();
        outbox = new Outbox(db.dataSource(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBurstOfChangesToOneRecordCoalescesIntoOneRow() {
        for (int i = 0; i < 25; i++) {
            outbox.enqueue(HostEvent.of(ACME, HostEventKind.INVOICE_CHANGED, "inv-1"), SyncTrigger.EVENT);
        }

        Outbox.PendingChange pending = outbox.pending(ACME, RecordRef.of(RecordType.INVOICE, "inv-1")).orElseThrow();
        assertThat(pending.changeCount()).isEqualTo(25);
        assertThat(pending.state()).isEqualTo(Outbox.PENDING);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void concurrentIntakeOfOneRecordLosesNoChangeAndMakesOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(pool.submit(() -> outbox.enqueue(HostEvent.of(ACME, HostEventKind.CUSTOMER_CHANGED, "c-1"),
                    SyncTrigger.EVENT)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        assertThat(rows()).isEqualTo(1);
        assertThat(outbox.pending(ACME, RecordRef.of(RecordType.CUSTOMER, "c-1")).orElseThrow().changeCount())
                .isEqualTo(200);
    }

    @Test
    void eachPaymentIsKeptAsItsOwnRowUnderItsInvoice() {
        HostPayment first = new HostPayment("pay-1", "inv-9", Money.of("40.00", "USD"), LocalDate.of(2026, 5, 1),
                "card", null);
        HostPayment second = new HostPayment("pay-2", "inv-9", Money.of("60.00", "USD"), LocalDate.of(2026, 5, 2),
                "cheque", "#12");

        outbox.enqueue(HostEvent.invoicePaid(ACME, first), SyncTrigger.EVENT);
        outbox.enqueue(HostEvent.invoicePaid(ACME, second), SyncTrigger.EVENT);

        assertThat(outbox.pending(ACME, RecordRef.of(RecordType.PAYMENT, "pay-1"))).isPresent();
        assertThat(outbox.pending(ACME, RecordRef.of(RecordType.PAYMENT, "pay-2"))).isPresent();
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void tenantsAreKeptApart() {
        outbox.enqueue(HostEvent.of(ACME, HostEventKind.CUSTOMER_CHANGED, "c-1"), SyncTrigger.EVENT);

        assertThat(outbox.pending(TenantId.of("other"), RecordRef.of(RecordType.CUSTOMER, "c-1"))).isEmpty();
    }

    @Test
    void paymentPayloadRoundTrips() {
        HostPayment payment = new HostPayment("pay-1", "inv-9", Money.of("40.10", "CAD"), LocalDate.of(2026, 5, 1),
                null, "ref \"1\"");
        assertThat(PaymentPayload.fromJson(PaymentPayload.toJson(payment))).isEqualTo(payment);
    }

    private int rows() {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM qbo_outbox")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
