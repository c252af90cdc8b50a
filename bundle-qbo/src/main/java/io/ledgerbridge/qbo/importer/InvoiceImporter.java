package io.ledgerbridge.qbo.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.ImportMapper;
import io.ledgerbridge.qbo.store.ImportStore;
import io.ledgerbridge.qbo.store.ImportStore.Counts;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.sync.QboGateway;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports one page of outstanding QuickBooks invoices with their lines, tax and the payments made so far. The page's
 * payments are read in IN-list queries (one call per {@value #PAYMENTS_PER_QUERY}), never one by one. An imported
 * invoice is linked as imported: its later host edits are not pushed back, payments on it are.
 */
final class InvoiceImporter {
    static final int PAYMENTS_PER_QUERY = 500;

    private final HostRecords host;
    private final HostLedger ledger;
    private final LinkStore links;
    private final ImportStore store;
    private final QboGateway qbo;
    private final Clock clock;

    InvoiceImporter(HostRecords host, HostLedger ledger, LinkStore links, ImportStore store, QboGateway qbo,
            Clock clock) {
        this.host = host;
        this.ledger = ledger;
        this.links = links;
        this.store = store;
        this.qbo = qbo;
        this.clock = clock;
    }

    /** @return the invoices' counts and the payments' counts */
    Counts[] page(ImportContext ctx, String homeCurrency, List<? extends JsonNode> page) {
        Map<String, JsonNode> payments = payments(ctx, page);
        Map<String, String> customers = links.hostIds(ctx.tenant(), ctx.realmId(), RecordType.CUSTOMER,
                page.stream().map(inv -> inv.path("CustomerRef").path("value").asText()).distinct().toList());
        Map<String, String> linkedInvoices = links.hostIds(ctx.tenant(), ctx.realmId(), RecordType.INVOICE,
                page.stream().map(inv -> inv.path("Id").asText()).toList());
        Counts invoices = Counts.zero();
        Counts paid = Counts.zero();
        for (JsonNode inv : page) {
            try {
                String customerQboId = inv.path("CustomerRef").path("value").asText();
                Optional<String> customer = Optional.ofNullable(customers.get(customerQboId))
                        .or(() -> jobsCustomer(ctx, customerQboId));
                RecordRef existing = Optional.ofNullable(linkedInvoices.get(inv.path("Id").asText()))
                        .map(id -> RecordRef.of(RecordType.INVOICE, id)).orElse(null);
                if (customer.isEmpty() && !(ctx.dryRun() && ctx.request().contacts())) {
                    throw new LedgerBridgeException("its customer " + inv.path("CustomerRef").path("name").asText()
                            + " is not linked to a host customer", "Import contacts as well (or link the "
                            + "customer under Settings → Integrations → QuickBooks → Mappings → Customer links), then "
                            + "import again");
                }
                if (existing != null && !links.isImported(ctx.tenant(), existing)) {
                    invoices = invoices.plus(1, 0, 0, 0); // pushed from the host: the host's copy stays as it is
                    continue;
                }
                if (ctx.dryRun()) {
                    store.addPlan(ctx.importId(), new io.ledgerbridge.api.sync.ImportPlanEntry(ImportKind.INVOICE,
                            inv.path("Id").asText(), inv.path("DocNumber").asText(null), existing != null
                                    ? io.ledgerbridge.api.sync.ImportPlanEntry.Action.LINK
                                    : io.ledgerbridge.api.sync.ImportPlanEntry.Action.CREATE,
                            existing == null ? List.of() : List.of(existing)));
                    invoices = invoices.plus(existing != null ? 1 : 0, existing != null ? 0 : 1, 0, 0);
                    paid = countPayments(inv, payments, paid);
                    continue;
                }
                String hostInvoiceId = ledger.upsertInvoice(ctx.tenant(), ImportMapper.invoice(inv,
                        existing == null ? null : existing.hostId(), customer.get(), homeCurrency));
                RecordRef ref = RecordRef.of(RecordType.INVOICE, hostInvoiceId);
                // Linked at once (not at the page's end): an invoice has no e-mail or name to be matched by again.
                links.linkAll(ctx.tenant(), ctx.realmId(), List.of(new LinkStore.NewLink(ref, inv.path("Id").asText(),
                        inv.path("SyncToken").asText(), LinkStore.IMPORTED)), clock.instant());
                invoices = invoices.plus(existing != null ? 1 : 0, existing != null ? 0 : 1, 0, 0);
                paid = recordPayments(ctx, inv, hostInvoiceId, ImportMapper.currency(inv, homeCurrency), payments,
                        paid);
            } catch (RuntimeException e) {
                String remedy = e instanceof LedgerBridgeException l ? l.remedy() : "Check the host, then import again";
                store.addError(ctx.importId(), ImportKind.INVOICE, inv.path("Id").asText(), "QuickBooks invoice "
                        + inv.path("DocNumber").asText(inv.path("Id").asText()) + " was not imported: "
                        + e.getMessage(), remedy, clock.instant());
                invoices = invoices.plus(0, 0, 0, 1);
            }
        }
        return new Counts[] {invoices, paid};
    }

    private Counts recordPayments(ImportContext ctx, JsonNode inv, String hostInvoiceId, String currency,
            Map<String, JsonNode> payments, Counts counts) {
        String invoiceQboId = inv.path("Id").asText();
        for (String paymentId : ImportMapper.paymentIds(inv)) {
            JsonNode p = payments.get(paymentId);
            HostPayment hp = p == null ? null : ImportMapper.payment(p, invoiceQboId, hostInvoiceId, currency);
            if (hp == null) {
                continue;
            }
            RecordRef ref = RecordRef.of(RecordType.PAYMENT, hp.hostPaymentId());
            if (links.find(ctx.tenant(), ref).isPresent()) {
                counts = counts.plus(1, 0, 0, 0);
                continue;
            }
            ledger.recordPayment(ctx.tenant(), hp);
            // Linked as imported, so the push never sends it back to QuickBooks.
            links.linkImported(ctx.tenant(), ref, ctx.realmId(), paymentId, p.path("SyncToken").asText(),
                    LinkStore.IMPORTED, clock.instant());
            counts = counts.plus(0, 1, 0, 0);
        }
        return counts;
    }

    private static Counts countPayments(JsonNode inv, Map<String, JsonNode> payments, Counts counts) {
        for (String id : ImportMapper.paymentIds(inv)) {
            if (payments.containsKey(id)) {
                counts = counts.plus(0, 1, 0, 0);
            }
        }
        return counts;
    }

    private Map<String, JsonNode> payments(ImportContext ctx, List<? extends JsonNode> page) {
        List<String> ids = new ArrayList<>();
        page.forEach(inv -> ids.addAll(ImportMapper.paymentIds(inv)));
        Map<String, JsonNode> byId = new HashMap<>();
        List<String> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += PAYMENTS_PER_QUERY) {
            List<String> chunk = distinct.subList(from, Math.min(from + PAYMENTS_PER_QUERY, distinct.size()));
            for (ObjectNode p : qbo.page(ctx.tenant(), new QboGateway.PageQuery("Payment",
                    List.of(new QboGateway.Condition("Id", "IN", chunk)), false), 1, 1000)) {
                byId.put(p.path("Id").asText(), p);
            }
        }
        return byId;
    }

    /** An invoice billed to a sub-customer goes to the customer of the job's host project. */
    private Optional<String> jobsCustomer(ImportContext ctx, String customerQboId) {
        return links.hostId(ctx.tenant(), ctx.realmId(), RecordType.PROJECT, customerQboId)
                .flatMap(p -> host.project(ctx.tenant(), p)).map(p -> p.hostCustomerId());
    }
}
