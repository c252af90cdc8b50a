package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.EngineFixture.T;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FailureAndRecoveryTest extends WorkerTestBase {

    private static QboFault throttled() {
        return new QboFault(QboFault.Kind.THROTTLED, 429, "3001", "ThrottleExceeded", null, "tid-429",
                Duration.ofSeconds(60));
    }

    @Test
    void aThrottledPushBacksOffAndThenSucceeds() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.qbo.failNext(throttled());
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        var s = f.status(RecordType.CUSTOMER, "c1");
        assertThat(s.state()).isEqualTo(SyncState.PENDING);
        assertThat(s.message()).isEqualTo("QB API error (429): rate limited");
        assertThat(s.attempts()).isEqualTo(1);
        assertThat(f.outbox.pending(T, RecordRef.of(RecordType.CUSTOMER, "c1")).orElseThrow().dueAt())
                .isAfterOrEqualTo(f.clock.instant().plusSeconds(60));
        f.drainWithRetries();
        assertThat(f.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(f.qbo.all("Customer")).hasSize(1);
    }

    @Test
    void aRunWhoseInvoiceWaitsForAFailedCustomerStillEndsAndItsDigestNamesBoth() {
        f.host.add(customer("c2", "No Mail Inc", null));
        f.host.add(invoice("i1", "c2", "INV-1", io.ledgerbridge.api.host.InvoiceStatus.SENT, "50", "0"));

        SyncRun run = f.sync.syncNow(T);
        f.drain();

        SyncRun done = f.sync.run(T, run.runId()).orElseThrow();
        assertThat(done.state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(done.failed()).isEqualTo(1);
        assertThat(f.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.PENDING);
        assertThat(f.host.sent).singleElement().satisfies(n -> assertThat(n.body()).contains(
                "Customer No Mail Inc: Failed to sync customer: the customer has no email address",
                "Invoice INV-1: Waiting for customer c2"));
        // The wait is reported once: looking again later does not reopen the run or send another digest.
        f.clock.advance(java.time.Duration.ofMinutes(2));
        f.drain();
        assertThat(f.host.sent).hasSize(1);
        assertThat(f.qbo.all("Invoice")).isEmpty();
    }

    @Test
    void afterTheConfiguredAttemptsTheRecordFailsAndOneDigestGoesOutPerRun() {
        f.settings(b -> b.maxAttempts(2));
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.host.add(customer("c2", "Beta", null));
        f.host.add(customer("c3", "Gamma", null));
        for (int i = 0; i < 2; i++) {
            f.qbo.failNext(new QboFault(QboFault.Kind.TRANSIENT, 503, null, "Service Unavailable", null, null, null));
        }
        SyncRun run = f.sync.syncNow(T);
        f.drainWithRetries();
        SyncRun done = f.sync.run(T, run.runId()).orElseThrow();
        assertThat(done.state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(done.failed()).isEqualTo(3);
        assertThat(done.errors()).hasSize(3);
        assertThat(f.status(RecordType.CUSTOMER, "c1").message()).contains("gave up after 2 attempts");
        assertThat(f.host.sent).singleElement().satisfies(n -> {
            assertThat(n.recipients()).containsExactly("books@acme.example");
            assertThat(n.subject()).isEqualTo("QuickBooks sync: 3 record(s) failed");
            assertThat(n.body()).contains("Customer Beta: Failed to sync customer: the customer has no email address",
                    "What to do: Add an email address");
        });
        assertThat(f.sync.failures(T, 10)).hasSize(3);
        // Failed records stay retriable: fixing and re-syncing pushes them.
        f.host.add(customer("c2", "Beta", "b@beta.example"));
        f.sync.resync(T, RecordRef.of(RecordType.CUSTOMER, "c2"));
        f.drain();
        assertThat(f.status(RecordType.CUSTOMER, "c2").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void aTimeoutAfterQuickBooksAcceptedTheCreateDoesNotCreateASecondRecord() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.qbo.loseNextAnswer = true;
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        assertThat(f.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.PENDING);
        f.drainWithRetries();
        assertThat(f.qbo.all("Customer")).hasSize(1);
        assertThat(f.status(RecordType.CUSTOMER, "c1").remoteId())
                .isEqualTo(f.qbo.all("Customer").get(0).path("Id").asText());
    }

    @Test
    void aChangeArrivingDuringThePushIsPushedAgain() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.qbo.duringNextWrite = () -> {
            f.host.add(customer("c1", "Acme Limited", "ap@acme.example"));
            f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        };
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        assertThat(f.qbo.all("Customer")).singleElement()
                .satisfies(c -> assertThat(c.path("DisplayName").asText()).isEqualTo("Acme Limited"));
        assertThat(f.outbox.pending(T, RecordRef.of(RecordType.CUSTOMER, "c1"))).isEmpty();
    }

    @Test
    void aDisabledCompanyOrAPausedConnectionPushesNothingAndLosesNothing() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.settings(b -> b.enabled(false));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        assertThat(f.qbo.all("Customer")).isEmpty();
        f.settings(b -> b.enabled(true));
        f.access = new CompanyAccess.Access("9130", false, "Token refresh failed", "Reconnect");
        f.drain();
        assertThat(f.qbo.all("Customer")).isEmpty();
        assertThat(f.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.PENDING);
        f.access = CompanyAccess.Access.open("9130");
        // Put off while the company could not sync; looked at again a minute later (a reconnect: at once).
        f.clock.advance(java.time.Duration.ofMinutes(1));
        f.drain();
        assertThat(f.qbo.all("Customer")).hasSize(1);
    }

    @Test
    void anAuthorizationFaultStopsTheCompanyWithoutFailingRecords() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.qbo.failNext(new QboFault(QboFault.Kind.AUTHORIZATION, 401, "3200", "AuthenticationFailed", null, null,
                null));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        var s = f.status(RecordType.CUSTOMER, "c1");
        assertThat(s.state()).isEqualTo(SyncState.PENDING);
        assertThat(s.message()).isEqualTo("No active QuickBooks connection");
        f.drainWithRetries();
        assertThat(f.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void expensesBecomePurchasesWithAVendorFoundOrCreated() {
        f.settings.put(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "visa", "42", "CreditCard"));
        f.settings.put(T, new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "travel", "13", null));
        // A customer already uses the supplier's name: the vendor gets a distinct one.
        f.qbo.put("Customer", FakeQbo.JSON.createObjectNode().put("DisplayName", "City Cabs"));
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.host.add(new HostExpense("e1", "City Cabs", "visa", "travel", Money.of("42.50", "USD"),
                LocalDate.of(2026, 1, 6), "Taxi", "c1", f.clock.instant()));
        f.host.add(new HostExpense("e2", "City Cabs", "visa", "travel", Money.of("10", "USD"),
                LocalDate.of(2026, 1, 7), null, null, f.clock.instant()));
        f.changed(HostEventKind.EXPENSE_RECORDED, "e1");
        f.changed(HostEventKind.EXPENSE_RECORDED, "e2");
        f.drain();
        assertThat(f.qbo.all("Vendor")).singleElement()
                .satisfies(v -> assertThat(v.path("DisplayName").asText()).isEqualTo("City Cabs (Vendor)"));
        assertThat(f.qbo.all("Purchase")).hasSize(2);
        var p = f.qbo.get("Purchase", f.qboId(RecordType.EXPENSE, "e1"));
        assertThat(p.path("PaymentType").asText()).isEqualTo("CreditCard");
        assertThat(p.path("TotalAmt").decimalValue()).isEqualByComparingTo("42.50");
        assertThat(p.path("Line").get(0).path("AccountBasedExpenseLineDetail").path("CustomerRef").path("value")
                .asText()).isEqualTo(f.qboId(RecordType.CUSTOMER, "c1"));
    }

    @Test
    void autoSyncRunsOnItsScheduleAndNotWhenManualOnly() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.drain();
        assertThat(f.sync.recentRuns(T, 5)).isEmpty();
        f.settings(b -> b.autoSyncInterval(Duration.ofHours(1)));
        f.drain();
        assertThat(f.sync.recentRuns(T, 5)).extracting(SyncRun::trigger).containsExactly(SyncTrigger.SCHEDULE);
        assertThat(f.qbo.all("Customer")).hasSize(1);
        f.clock.advance(Duration.ofMinutes(30));
        f.drain();
        assertThat(f.sync.recentRuns(T, 5)).hasSize(1);
        f.clock.advance(Duration.ofMinutes(31));
        f.drain();
        assertThat(f.sync.recentRuns(T, 5)).hasSize(2);
        // No scheduled run while the company cannot sync.
        f.access = new CompanyAccess.Access("9130", false, "reconnect", null);
        f.clock.advance(Duration.ofHours(2));
        f.drain();
        assertThat(f.sync.recentRuns(T, 5)).hasSize(2);
    }

    @Test
    void aRecordTheHostCannotReadIsRetriedVisiblyAndDoesNotBlockTheOthers() {
        f.settings(b -> b.maxAttempts(3));
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.host.add(customer("c2", "Beta", "b@beta.example"));
        f.host.unreadable.add("c1");
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c2");
        f.drain();
        assertThat(f.status(RecordType.CUSTOMER, "c2").state()).isEqualTo(SyncState.SYNCED);
        var s = f.status(RecordType.CUSTOMER, "c1");
        assertThat(s.state()).isEqualTo(SyncState.PENDING);
        assertThat(s.message()).contains("host database unavailable");
        f.drainWithRetries();
        assertThat(f.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.FAILED);
        f.host.unreadable.clear();
        f.sync.resync(T, RecordRef.of(RecordType.CUSTOMER, "c1"));
        f.drain();
        assertThat(f.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
    }
}
