package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.qbo.store.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

abstract class WorkerTestBase {
    @TempDir
    Path dir;
    Database db;
    EngineFixture f;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        FakeQbo qbo = new FakeQbo();
        qbo.account("1", "Sales", "Income", true);
        f = new EngineFixture(db, qbo, "node-a");
    }

    @AfterEach
    void closeAll() throws Exception {
        f.close();
        db.close();
    }

    HostCustomer customer(String id, String company, String email) {
        return new HostCustomer(id, company, "Jane Doe", email, null, null, null, f.clock.instant());
    }

    HostInvoice invoice(String id, String customerId, String number, InvoiceStatus status, String price,
            String tax) {
        return new HostInvoice(id, customerId, null, number, status, LocalDate.of(2026, 2, 1), null,
                Currency.getInstance("USD"), List.of(new HostInvoiceLine("l1", null, null, "Work", null,
                        new BigDecimal("2"), Money.of(price, "USD"), null, null)), Money.of(tax, "USD"),
                new BigDecimal("8.5"), null, null, Instant.now());
    }
}
