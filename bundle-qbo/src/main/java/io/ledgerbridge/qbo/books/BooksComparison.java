package io.ledgerbridge.qbo.books;

import static io.ledgerbridge.qbo.books.Wording.money;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.BooksDifference;
import io.ledgerbridge.api.sync.BooksDifference.DriftAction;
import io.ledgerbridge.api.sync.BooksDifference.DriftCause;
import io.ledgerbridge.api.sync.BooksDifference.Kind;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.store.BooksMatchStore.LinkRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One report's comparison, fed QuickBooks' pages as they arrive: invoices first (each linked one compared, the rest
 * reported as QuickBooks' own), then the payments that explain lower QuickBooks balances, then customers (each
 * linked customer's Balance against the host's open balance, what its invoices do not explain attributed to
 * QuickBooks' credits or charges), and at the end what only the host holds. Pages are not kept: memory grows with
 * the links, not with QuickBooks' records.
 */
final class BooksComparison {
    private final HostBooks host;
    private final LinkIndex links;
    private final InvoiceCompare invoices;
    private final List<BooksDifference> invoiceDiffs = new ArrayList<>();
    private final List<BooksDifference> customerDiffs = new ArrayList<>();
    private final List<BooksDifference> onlyDiffs = new ArrayList<>();
    private final List<InvoiceCompare.Awaiting> awaiting = new ArrayList<>();
    private final Set<String> seenInvoices = new HashSet<>();
    private final Set<String> seenCustomers = new HashSet<>();
    /** QuickBooks' open invoice balances by QuickBooks customer id. */
    private final Map<String, BigDecimal> qboInvoiceBalance = new HashMap<>();
    /** Host minus QuickBooks over each bill-to's invoices, and the first invoice difference of each. */
    private final Map<RecordRef, BigDecimal> explained = new HashMap<>();
    private final Map<RecordRef, BooksDifference> firstInvoiceDiff = new HashMap<>();
    private final Map<String, HostBooks.Invoice> unlinkedByNumber = new HashMap<>();
    private final Map<RecordRef, BigDecimal> hostBalance = new HashMap<>();
    private int invoicesCompared;
    private int customersCompared;

    BooksComparison(HostBooks host, LinkIndex links, InvoiceCompare.Facts facts) {
        this.host = host;
        this.links = links;
        this.invoices = new InvoiceCompare(facts, links);
        for (HostBooks.Invoice i : host.invoices.values()) {
            hostBalance.merge(i.billTo(), i.balance(), BigDecimal::add);
            if (links.live(ref(i)) == null) {
                unlinkedByNumber.put(i.number(), i);
            }
        }
    }

    int invoicesCompared() {
        return invoicesCompared;
    }

    int customersCompared() {
        return customersCompared;
    }

    void invoicePage(List<? extends JsonNode> page) {
        for (JsonNode qbo : page) {
            String qboId = qbo.path("Id").asText();
            String customer = qbo.path("CustomerRef").path("value").asText();
            BigDecimal balance = qbo.path("Balance").decimalValue();
            qboInvoiceBalance.merge(customer, balance, BigDecimal::add);
            RecordRef ref = links.invoiceByQbo.get(qboId);
            LinkRow link = ref == null ? null : links.live(ref);
            HostBooks.Invoice mine = ref == null ? null : host.invoices.get(ref.hostId());
            if (link == null) {
                onlyInQuickBooks(qbo, qboId, customer, balance);
            } else if (mine != null) {
                seenInvoices.add(ref.hostId());
                invoicesCompared++;
                InvoiceCompare.Outcome outcome = invoices.compare(ref, link, mine, qbo);
                if (outcome.awaiting() != null) {
                    awaiting.add(outcome.awaiting());
                    explain(mine.billTo(), mine.balance().subtract(balance), null);
                } else if (outcome.difference() != null) {
                    add(mine.billTo(), outcome.difference(), mine.balance().subtract(balance));
                }
            } else {
                seenInvoices.add(ref.hostId());
                RecordRef billTo = links.customerByQbo.get(customer);
                add(billTo, new BooksDifference(Kind.ONLY_IN_REMOTE, ref, qboId, "Invoice " + docNumber(qbo), null,
                        money(balance), DriftCause.DELETED_IN_HOST, DriftAction.UNLINK, "The host no longer has "
                                + "invoice " + ref.hostId() + " (deleted, or now a draft), QuickBooks still has it "
                                + "open for " + money(balance), "Void it in QuickBooks if it is no longer owed; "
                                + Wording.remedy(DriftAction.UNLINK, ref)), balance.negate());
            }
        }
    }

    private void onlyInQuickBooks(JsonNode qbo, String qboId, String customer, BigDecimal balance) {
        String number = docNumber(qbo);
        HostBooks.Invoice match = unlinkedByNumber.get(number);
        RecordRef billTo = links.customerByQbo.get(customer);
        if (match != null) {
            RecordRef ref = ref(match);
            seenInvoices.add(match.host().hostInvoiceId());
            add(billTo, new BooksDifference(Kind.ONLY_IN_REMOTE, ref, qboId, "Invoice " + number,
                    money(match.balance()), money(balance), DriftCause.NOT_LINKED, DriftAction.LINK, "QuickBooks "
                            + "invoice " + qboId + " has the number of the host's invoice " + ref.hostId() + ", which "
                            + "is not linked to it", "Link them on " + Wording.PAGE + " so the host's invoice is not "
                            + "pushed as a duplicate"), match.balance().subtract(balance));
        } else {
            add(billTo, new BooksDifference(Kind.ONLY_IN_REMOTE, null, qboId, "Invoice " + number, null,
                    money(balance), DriftCause.NOT_LINKED, DriftAction.LINK, "The invoice was made in QuickBooks; "
                            + "the host has none with its number", "Import it on " + Wording.IMPORT
                            + " if the host should have it"), balance.negate());
        }
    }

    /** @return QuickBooks' payments the awaiting invoices list, each once */
    List<String> unknownPayments() {
        Set<String> ids = new LinkedHashSet<>();
        awaiting.forEach(a -> ids.addAll(a.unknownPayments()));
        return new ArrayList<>(ids);
    }

    /** @param payments QuickBooks' payments read, by id */
    void payments(Map<String, JsonNode> payments) {
        for (InvoiceCompare.Awaiting a : awaiting) {
            BooksDifference d = InvoiceCompare.classify(a, payments);
            invoiceDiffs.add(d);
            firstInvoiceDiff.putIfAbsent(host.invoices.get(a.record().hostId()).billTo(), d);
        }
        awaiting.clear();
    }

    void customerPage(List<? extends JsonNode> page) {
        for (JsonNode qbo : page) {
            String qboId = qbo.path("Id").asText();
            RecordRef ref = links.customerByQbo.get(qboId);
            String name = qbo.path("DisplayName").asText();
            boolean active = qbo.path("Active").asBoolean(true);
            if (ref == null) {
                if (active && !qbo.path("Job").asBoolean(false)) {
                    onlyDiffs.add(new BooksDifference(Kind.ONLY_IN_REMOTE, null, qboId, name, null,
                            money(qbo.path("Balance").decimalValue()), DriftCause.NOT_LINKED, DriftAction.LINK,
                            "The customer was made in QuickBooks and is not linked to a host customer",
                            "Import it on " + Wording.IMPORT + ": the import links it to the host customer of the "
                                    + "same name or e-mail, or creates one"));
                }
                continue;
            }
            seenCustomers.add(ref.hostId());
            if (!(ref.type() == RecordType.PROJECT ? host.projects : host.customers).contains(ref.hostId())) {
                customerDiffs.add(new BooksDifference(Kind.ONLY_IN_REMOTE, ref, qboId, name, null,
                        money(qbo.path("Balance").decimalValue()), DriftCause.DELETED_IN_HOST, DriftAction.UNLINK,
                        "The host no longer has " + Wording.what(ref) + " " + ref.hostId() + "; QuickBooks still has "
                                + name, Wording.remedy(DriftAction.UNLINK, ref)));
                continue;
            }
            boolean closed = ref.type() == RecordType.PROJECT && host.closedProjects.contains(ref.hostId());
            if (!active && !closed) {
                customerDiffs.add(new BooksDifference(Kind.ONLY_IN_HOST, ref, qboId, name, null, null,
                        DriftCause.DELETED_IN_REMOTE, DriftAction.UNLINK, name + " was deleted (made inactive) in "
                                + "QuickBooks", Wording.remedy(DriftAction.UNLINK, ref)));
                continue;
            }
            customersCompared++;
            compareCustomer(ref, qboId, name, qbo.path("Balance").decimalValue());
        }
    }

    private void compareCustomer(RecordRef ref, String qboId, String name, BigDecimal qboBalance) {
        BigDecimal mine = hostBalance.getOrDefault(ref, BigDecimal.ZERO);
        BigDecimal diff = mine.subtract(qboBalance);
        if (diff.signum() == 0) {
            return;
        }
        String h = money(mine);
        String q = money(qboBalance);
        BigDecimal residual = diff.subtract(explained.getOrDefault(ref, BigDecimal.ZERO));
        BooksDifference first = firstInvoiceDiff.get(ref);
        if (residual.signum() == 0 && first != null) {
            customerDiffs.add(new BooksDifference(Kind.CUSTOMER_BALANCE, ref, qboId, name, h, q,
                    DriftCause.INVOICES_DIFFER, first.action(), "The differences of its invoices, listed below "
                            + "(first: " + first.label() + ", " + first.cause().name().toLowerCase().replace('_', ' ')
                            + ")", first.remedy()));
            return;
        }
        // What QuickBooks holds on the customer beyond its invoices: open credits and unapplied payments (negative),
        // or charges such as journal entries (positive).
        BigDecimal beyond = qboBalance.subtract(qboInvoiceBalance.getOrDefault(qboId, BigDecimal.ZERO));
        if (beyond.signum() < 0) {
            customerDiffs.add(new BooksDifference(Kind.CUSTOMER_BALANCE, ref, qboId, name, h, q,
                    DriftCause.CREDIT_MEMO_IN_REMOTE, DriftAction.RECORD_IN_HOST, "QuickBooks holds " + money(
                            beyond.negate()) + " of credit on " + name + " not applied to any invoice (a credit memo "
                            + "or a payment made in QuickBooks)", Wording.remedy(DriftAction.RECORD_IN_HOST, ref)));
        } else if (beyond.signum() > 0) {
            customerDiffs.add(new BooksDifference(Kind.CUSTOMER_BALANCE, ref, qboId, name, h, q,
                    DriftCause.JOURNAL_ENTRY_IN_REMOTE, DriftAction.RECORD_IN_HOST, "QuickBooks charges " + name
                            + " " + money(beyond) + " beyond its invoices (a journal entry or another charge made in "
                            + "QuickBooks)", Wording.remedy(DriftAction.RECORD_IN_HOST, ref)));
        } else {
            customerDiffs.add(new BooksDifference(Kind.CUSTOMER_BALANCE, ref, qboId, name, h, q,
                    DriftCause.UNEXPLAINED, DriftAction.RESYNC, "The customer's open balance differs by "
                            + money(diff) + " and its invoices explain only part of it",
                    Wording.remedy(DriftAction.RESYNC, ref)));
        }
    }

    /** After the last invoice page: the host's invoices QuickBooks did not show (deleted there, or never pushed). */
    void invoicesDone() {
        for (HostBooks.Invoice i : host.invoices.values()) {
            RecordRef ref = ref(i);
            if (seenInvoices.contains(i.host().hostInvoiceId())) {
                continue;
            }
            LinkRow link = links.byHost.get(ref);
            if (link != null && link.qboId() != null) {
                add(i.billTo(), new BooksDifference(Kind.ONLY_IN_HOST, ref, link.qboId(), "Invoice " + i.number(),
                        money(i.balance()), null, DriftCause.DELETED_IN_REMOTE, DriftAction.UNLINK, "QuickBooks "
                                + "invoice " + link.qboId() + " was deleted in QuickBooks (" + (link.broken()
                                ? "the link is marked broken" : "it is no longer there") + ")",
                        Wording.remedy(DriftAction.UNLINK, ref)), i.balance());
            } else if (i.total().signum() != 0) {
                add(i.billTo(), new BooksDifference(Kind.ONLY_IN_HOST, ref, null, "Invoice " + i.number(),
                        money(i.balance()), null, DriftCause.CHANGE_NOT_PUSHED, DriftAction.RESYNC, "The invoice "
                                + "has not reached QuickBooks yet", Wording.remedy(DriftAction.RESYNC, ref)),
                        i.balance());
            }
        }
    }

    /** @return every difference: customers, then invoices, then records only one side holds */
    List<BooksDifference> finish() {
        for (Map.Entry<RecordRef, LinkRow> e : links.byHost.entrySet()) {
            RecordRef ref = e.getKey();
            boolean contact = ref.type() == RecordType.CUSTOMER || ref.type() == RecordType.PROJECT;
            if (contact && e.getValue().qboId() != null && !seenCustomers.contains(ref.hostId())) {
                onlyDiffs.add(new BooksDifference(Kind.ONLY_IN_HOST, ref, e.getValue().qboId(), Wording.what(ref)
                        + " " + ref.hostId(), null, null, DriftCause.DELETED_IN_REMOTE, DriftAction.UNLINK,
                        "QuickBooks customer " + e.getValue().qboId() + " was deleted or merged away in QuickBooks",
                        Wording.remedy(DriftAction.UNLINK, ref)));
            }
        }
        for (String id : host.customers) {
            RecordRef ref = RecordRef.of(RecordType.CUSTOMER, id);
            if (links.live(ref) == null && !links.byHost.containsKey(ref)) {
                onlyDiffs.add(new BooksDifference(Kind.ONLY_IN_HOST, ref, null, "Customer " + id, null, null,
                        DriftCause.CHANGE_NOT_PUSHED, DriftAction.RESYNC, "The customer has not reached QuickBooks "
                                + "yet", Wording.remedy(DriftAction.RESYNC, ref)));
            }
        }
        List<BooksDifference> all = new ArrayList<>(customerDiffs);
        all.addAll(invoiceDiffs);
        all.addAll(onlyDiffs);
        return all;
    }

    private void add(RecordRef billTo, BooksDifference d, BigDecimal hostMinusQbo) {
        (d.kind() == Kind.ONLY_IN_REMOTE || d.kind() == Kind.ONLY_IN_HOST ? onlyDiffs : invoiceDiffs).add(d);
        explain(billTo, hostMinusQbo, d);
    }

    private void explain(RecordRef billTo, BigDecimal hostMinusQbo, BooksDifference d) {
        if (billTo == null) {
            return;
        }
        explained.merge(billTo, hostMinusQbo, BigDecimal::add);
        if (d != null) {
            firstInvoiceDiff.putIfAbsent(billTo, d);
        }
    }

    private static RecordRef ref(HostBooks.Invoice i) {
        return RecordRef.of(RecordType.INVOICE, i.host().hostInvoiceId());
    }

    private static String docNumber(JsonNode qbo) {
        return qbo.path("DocNumber").asText(qbo.path("Id").asText());
    }
}
