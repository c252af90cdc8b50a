package io.ledgerbridge.qbo.books;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.sync.RecordRef;
import java.math.BigDecimal;
import io.ledgerbridge.api.settings.ConnectorSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The host's side of a report: every invoice the host would have in QuickBooks with the total and open balance
 * QuickBooks should show for it, and the ids of its customers and projects. Read through the host's port, which
 * stays in the host's process (no QuickBooks call).
 */
final class HostBooks {
    final Map<String, Invoice> invoices = new HashMap<>();
    final Set<String> customers = new HashSet<>();
    final Set<String> projects = new HashSet<>();
    /** Projects the host closed: their sub-customers are inactive in QuickBooks on purpose. */
    final Set<String> closedProjects = new HashSet<>();

    /**
     * One host invoice as QuickBooks should show it.
     *
     * @param billTo the customer or project QuickBooks bills
     * @param total what QuickBooks' TotalAmt should be (0 when voided: QuickBooks zeroes a voided invoice)
     * @param balance what QuickBooks' Balance should be
     */
    record Invoice(HostInvoice host, RecordRef billTo, BigDecimal total, BigDecimal balance,
            List<HostPayment> payments) {
        String number() {
            return host.invoiceNumber();
        }

        Instant updatedAt() {
            return host.updatedAt();
        }
    }

    /**
     * @param host the host's records
     * @param tenant the tenant
     * @param settings the tenant's settings: the invoice states pushed, the sync start date (invoices issued before
     *        it are never pushed), whether a project's invoices bill its sub-customer
     * @return the host's side
     */
    static HostBooks load(HostRecords host, TenantId tenant, ConnectorSettings settings) {
        Set<InvoiceStatus> pushed = settings.invoiceStates();
        LocalDate from = settings.syncStartDate();
        HostBooks books = new HostBooks();
        host.forEachChangedSince(tenant, RecordType.CUSTOMER, null, books.customers::add);
        host.forEachChangedSince(tenant, RecordType.PROJECT, null, id -> {
            books.projects.add(id);
            host.project(tenant, id).filter(p -> !p.active()).ifPresent(p -> books.closedProjects.add(id));
        });
        host.forEachChangedSince(tenant, RecordType.INVOICE, null, id -> host.invoice(tenant, id)
                .filter(i -> pushed.contains(i.status()) && (from == null || !i.issueDate().isBefore(from)))
                .ifPresent(i -> books.invoices.put(id, invoice(i, host.payments(tenant, id),
                        settings.projectsAsSubCustomers()))));
        return books;
    }

    static Invoice invoice(HostInvoice i, List<HostPayment> payments, boolean projectsAsSubCustomers) {
        RecordRef billTo = projectsAsSubCustomers && i.hostProjectId() != null
                ? RecordRef.of(RecordType.PROJECT, i.hostProjectId())
                : RecordRef.of(RecordType.CUSTOMER, i.hostCustomerId());
        BigDecimal total = i.total().amount();
        BigDecimal paid = BigDecimal.ZERO;
        for (HostPayment p : payments) {
            paid = paid.add(p.amount().amount());
        }
        // Voided: QuickBooks zeroes the invoice. Written off: a credit memo closes what the payments left open.
        BigDecimal balance = switch (i.status()) {
            case VOIDED, WRITTEN_OFF -> BigDecimal.ZERO;
            default -> total.subtract(paid).max(BigDecimal.ZERO);
        };
        return new Invoice(i, billTo, i.status() == InvoiceStatus.VOIDED ? BigDecimal.ZERO : total, balance,
                payments);
    }
}
