package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.qbo.store.Database;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The connector's process in {@link InlineInvoiceCrashTest}. Phase {@code payment}: only the payment's row is in the
 * outbox, so pushing it creates its invoice inline; the process dies (halt: no shutdown hook, no finally block, as
 * with SIGKILL) the moment QuickBooks answered that create, before the invoice's link is stored. Phase
 * {@code invoice}: the restarted node gets the invoice's own change as well and pushes until the outbox is empty.
 * Phase {@code changed}: the same, with the invoice's total changed in the host meanwhile (three hours, not two).
 */
final class InlineInvoiceCrashNode {
    static final int HALTED = 137;
    static final String PAYMENT = "payment";
    static final String CHANGED = "changed";

    private InlineInvoiceCrashNode() {
    }

    /**
     * @param args data directory, sandbox base URL, phase ({@code payment}, {@code invoice} or {@code changed})
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String baseUrl = args[1];
        boolean crash = PAYMENT.equals(args[2]);
        FakeHost host = new FakeHost();
        host.add(SandboxSyncTest.customer("c1", "Inline Co", "ap@inline.example"));
        HostInvoice invoice = SandboxSyncTest.invoice("i1", "c1", "INL-1", InvoiceStatus.SENT, "0");
        if (CHANGED.equals(args[2])) {
            invoice = new HostInvoice("i1", "c1", null, "INL-1", InvoiceStatus.SENT, invoice.issueDate(), null,
                    invoice.currency(), List.of(new HostInvoiceLine("l1", null, null, "Work", "Consulting",
                            new BigDecimal("3"), Money.of("50", "USD"), null, null)), invoice.taxAmount(),
                    invoice.taxRate(), null, invoice.notes(), Instant.now());
        }
        host.add(invoice);
        HostPayment payment = new HostPayment("p1", "i1", Money.of("40", "USD"), LocalDate.parse("2026-12-01"),
                "card", "T-1");
        HttpClient http = HttpClient.newHttpClient();
        try (Database db = TestDatabase.open(dir.resolve("db"));
                SandboxEngine e = new SandboxEngine(baseUrl, realm -> CrashNode.token(http, baseUrl, realm), db, host,
                        60, CrashNode.NODE)) {
            if (crash) {
                e.gateway = haltAfterInvoiceCreate(e.gateway);
                e.paid(payment);
            } else {
                host.add(payment);
                e.changed(HostEventKind.INVOICE_CHANGED, "i1");
            }
            e.module.engine().drain();
        }
        System.exit(crash ? 3 : 0); // phase payment ending here means the invoice was never created inline
    }

    private static QboGateway haltAfterInvoiceCreate(QboGateway gateway) {
        return CreateTap.on(gateway, "Invoice", created -> {
            System.out.println("created invoice " + created.path("Id").asText());
            System.out.flush();
            // Killed with everything committed so far on disk (the embedded database writes each commit at once).
            Runtime.getRuntime().halt(HALTED);
            return created;
        });
    }
}
