package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.settings.UsTaxMode;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.InvoiceMapper;
import io.ledgerbridge.qbo.mapping.Mapped;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.RecordLink;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Pushes invoices: state and date filters, currency check before any call, the customer (or project job) first,
 * items, tax by locale, create or sparse update, DocNumber clash (6140: link the existing invoice when number,
 * customer and total all match), host void as QuickBooks void, payments received, and the comparison of QuickBooks'
 * TotalAmt with the host's total after every push.
 */
final class InvoicePusher {
    /** The decimals of a recorded total difference (qbo_link.total_difference is 40 characters). */
    static final int MAX_DIFFERENCE_SCALE = 8;

    private final HostRecords host;
    private final LinkStore links;
    private final QboGateway qbo;
    private final EntityWriter writer;
    private final CustomerPusher customers;
    private final ItemResolver items;
    private final NameLists names;
    private final PaymentPusher payments;
    private final io.ledgerbridge.qbo.store.OutboxQueue queue;
    private final Dependencies dependencies;
    private final java.time.Clock clock;

    InvoicePusher(HostRecords host, LinkStore links, QboGateway qbo, EntityWriter writer, CustomerPusher customers,
            ItemResolver items, NameLists names, PaymentPusher payments, io.ledgerbridge.qbo.store.OutboxQueue queue,
            java.time.Clock clock) {
        this.clock = clock;
        this.host = host;
        this.links = links;
        this.qbo = qbo;
        this.writer = writer;
        this.customers = customers;
        this.items = items;
        this.names = names;
        this.payments = payments;
        this.queue = queue;
        this.dependencies = new Dependencies(links, queue.outbox());
    }

    Written push(Pass pass, String hostInvoiceId, boolean force) {
        return step(pass, hostInvoiceId, force).now();
    }

    Step step(Pass pass, String hostInvoiceId, boolean force) {
        RecordRef ref = RecordRef.of(RecordType.INVOICE, hostInvoiceId);
        Optional<HostInvoice> found = host.invoice(pass.tenant, hostInvoiceId);
        if (found.isEmpty()) {
            return Step.done(Written.skipped("The invoice no longer exists in the host"));
        }
        HostInvoice invoice = found.get();
        if (links.isImported(pass.tenant, ref)) {
            // product-docs 002: edits of imported invoices stay in the host; payments on them are still pushed.
            return Step.done(new Written(io.ledgerbridge.qbo.store.SyncRuns.Outcome.SKIPPED,
                    links.qboId(pass.tenant, ref).orElse(null), null, "Invoice " + invoice.invoiceNumber()
                            + " was imported from QuickBooks: host edits to imported invoices are not pushed "
                            + "(payments on it are)", null));
        }
        Optional<RecordLink> link = links.find(pass.tenant, ref).filter(l -> l.qboId() != null);
        if (invoice.status() == InvoiceStatus.VOIDED) {
            return Step.done(voidInvoice(pass, ref, invoice, link));
        }
        if (invoice.status() == InvoiceStatus.DRAFT || !pass.settings.invoiceStates().contains(invoice.status())) {
            return Step.done(Written.skipped("Invoice " + invoice.invoiceNumber() + " is " + invoice.status().name()
                    .toLowerCase(java.util.Locale.ROOT) + ", a state that is not pushed"));
        }
        if (pass.settings.syncStartDate() != null && invoice.issueDate().isBefore(pass.settings.syncStartDate())) {
            return Step.done(Written.skipped("Invoice " + invoice.invoiceNumber() + " is dated "
                    + invoice.issueDate() + ", before the sync start date " + pass.settings.syncStartDate()));
        }
        HostCustomer customer = host.customer(pass.tenant, invoice.hostCustomerId())
                .orElseThrow(() -> PushFailure.stop("The invoice's customer " + invoice.hostCustomerId()
                        + " no longer exists in the host", "Bill the invoice to an existing customer"));
        QboGateway.CompanyFacts facts = pass.facts();
        InvoiceMapper.checkCurrency(invoice, customer.currency(), facts.homeCurrency(), facts.multiCurrency());
        String billTo = customers.ensureBillTo(pass, invoice.hostCustomerId(), invoice.hostProjectId());
        Map<String, String> itemIds = items.itemIds(pass, invoice);
        boolean taxLine = pass.settings.locale() == TaxLocale.US && !invoice.taxAmount().isZero()
                && pass.settings.usTaxMode() == UsTaxMode.SEPARATE_LINE;
        Mapped mapped = InvoiceMapper.invoice(invoice, billTo, pass.settings, pass.tables, itemIds::get,
                taxLine ? items.taxItem(pass) : null);
        InvoiceMapper.customFields(invoice, customer.displayName(), pass.tables, facts.invoiceCustomFields(),
                mapped.body());
        return writer.step(pass, ref, mapped, null, null, force)
                .recover(f -> "6140".equals(f.code()) ? linkExisting(pass, ref, invoice, mapped, billTo)
                        : Optional.empty())
                .map(written -> {
                    String difference = compareTotals(pass, ref, invoice, written);
                    if (invoice.status() == InvoiceStatus.WRITTEN_OFF) {
                        // The payments first, so only what is still open is written off.
                        for (HostPayment p : host.payments(pass.tenant, hostInvoiceId)) {
                            payments.push(pass, p, billTo, written.qboId());
                        }
                        writeOff(pass, invoice, billTo, written.qboId());
                    } else {
                        // Payments received follow as rows of their own, to travel in batches.
                        for (HostPayment p : host.payments(pass.tenant, hostInvoiceId)) {
                            RecordRef pay = RecordRef.of(RecordType.PAYMENT, p.hostPaymentId());
                            if (payments.unsent(pass.tenant, pay)) {
                                queue.enqueuePayment(pass.tenant, pay, hostInvoiceId,
                                        io.ledgerbridge.qbo.store.PaymentPayload.toJson(p),
                                        pass.row == null ? null : pass.row.runId());
                            }
                        }
                    }
                    return difference == null ? written : written.withMessage(difference);
                });
    }

    /**
     * QuickBooks' invoice for this host invoice, pushing it first when needed (for its payments).
     *
     * @return its id, or empty when the invoice is deliberately not pushed (its payments are skipped too)
     */
    Optional<String> ensureInvoice(Pass pass, String hostInvoiceId) {
        return dependencies.ensure(pass, RecordRef.of(RecordType.INVOICE, hostInvoiceId), "invoice " + hostInvoiceId,
                () -> push(pass, hostInvoiceId, false));
    }

    private Written voidInvoice(Pass pass, RecordRef ref, HostInvoice invoice, Optional<RecordLink> link) {
        if (link.isEmpty()) {
            return Written.skipped("Invoice " + invoice.invoiceNumber() + " was voided before it reached QuickBooks");
        }
        // A host void is a QuickBooks void (amounts zeroed, record kept), never a delete.
        ObjectNode current = qbo.read(pass.tenant, "Invoice", link.get().qboId());
        if (io.ledgerbridge.qbo.mapping.OwnedFields.isVoided(current)) {
            return new Written(io.ledgerbridge.qbo.store.SyncRuns.Outcome.SKIPPED, link.get().qboId(), current,
                    "Already voided in QuickBooks", null);
        }
        String token = current.path("SyncToken").asText();
        ObjectNode voided = qbo.voidTxn(pass.tenant, "Invoice", link.get().qboId(), token,
                RequestIds.of(pass.tenant, ref, pass.changeKey(), "void", token));
        links.pushed(pass.tenant, ref, pass.realmId, voided.path("Id").asText(), voided.path("SyncToken").asText(),
                "voided", voided.toString(), io.ledgerbridge.qbo.mapping.OwnedFields.toJson(
                        io.ledgerbridge.qbo.mapping.OwnedFields.snapshot(RecordType.INVOICE, voided)),
                clock.instant());
        return new Written(io.ledgerbridge.qbo.store.SyncRuns.Outcome.UPDATED, voided.path("Id").asText(), voided,
                "Voided in QuickBooks", null);
    }

    /**
     * Bad debt (product docs: an invoice closed without a payment against it): the open balance is credited with a
     * credit memo on the "Bad Debt" item and applied to the invoice, once (the application is linked like a payment).
     */
    private void writeOff(Pass pass, HostInvoice invoice, String billTo, String invoiceQboId) {
        RecordRef ref = RecordRef.of(RecordType.PAYMENT, "writeoff:" + invoice.hostInvoiceId());
        if (links.qboId(pass.tenant, ref).isPresent()) {
            return;
        }
        BigDecimal balance = qbo.read(pass.tenant, "Invoice", invoiceQboId).path("Balance").decimalValue();
        if (balance.signum() <= 0) {
            return;
        }
        java.time.LocalDate date = invoice.updatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        String currency = invoice.currency().getCurrencyCode();
        Mapped credit = io.ledgerbridge.qbo.mapping.TransactionMapper.badDebtCredit(invoice.invoiceNumber(), billTo,
                balance, currency, date, items.badDebtItem(pass));
        String creditId = qbo.create(pass.tenant, "CreditMemo", credit.body(),
                RequestIds.of(pass.tenant, ref, "credit", invoiceQboId)).path("Id").asText();
        Mapped apply = io.ledgerbridge.qbo.mapping.TransactionMapper.applyCredit(billTo, invoiceQboId, creditId,
                balance, currency, date);
        ObjectNode applied = qbo.create(pass.tenant, "Payment", apply.body(),
                RequestIds.of(pass.tenant, ref, "apply", invoiceQboId, creditId));
        writer.store(pass, ref, apply, applied);
    }

    private Optional<Written> linkExisting(Pass pass, RecordRef ref, HostInvoice invoice, Mapped mapped,
            String billTo) {
        String docNumber = mapped.body().path("DocNumber").asText();
        // Transactions have no Active flag: a plain query (name-list look-ups add "Active IN (true, false)").
        for (ObjectNode existing : qbo.query(pass.tenant, "Invoice", Map.of("DocNumber", docNumber), false)) {
            boolean sameCustomer = billTo.equals(existing.path("CustomerRef").path("value").asText());
            boolean sameTotal = existing.path("TotalAmt").decimalValue().compareTo(invoice.total().amount()) == 0;
            if (sameCustomer && sameTotal && !links.isLinked(pass.tenant, pass.realmId, RecordType.INVOICE,
                    existing.path("Id").asText())) {
                writer.store(pass, ref, mapped, existing);
                return Optional.of(new Written(io.ledgerbridge.qbo.store.SyncRuns.Outcome.UPDATED,
                        existing.path("Id").asText(), existing, "Linked to the existing QuickBooks invoice "
                                + docNumber + " (same number, customer and total)", EntityWriter.originals(mapped)));
            }
        }
        return Optional.empty();
    }

    private String compareTotals(Pass pass, RecordRef ref, HostInvoice invoice, Written written) {
        if (written.entity() == null || !written.entity().has("TotalAmt")) {
            return null;
        }
        BigDecimal qboTotal = written.entity().path("TotalAmt").decimalValue();
        BigDecimal diff = qboTotal.subtract(invoice.total().amount());
        // Eight decimals show any real difference; a host amount with 40 of them must not overflow the column.
        if (diff.scale() > MAX_DIFFERENCE_SCALE) {
            diff = diff.setScale(MAX_DIFFERENCE_SCALE, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (diff.signum() == 0) {
            links.recordTotalDifference(pass.tenant, ref, null);
            return null;
        }
        links.recordTotalDifference(pass.tenant, ref, diff.toPlainString());
        return "QuickBooks' total " + qboTotal.toPlainString() + " differs from the host's total "
                + invoice.total().amount().toPlainString() + " by " + diff.toPlainString();
    }
}
