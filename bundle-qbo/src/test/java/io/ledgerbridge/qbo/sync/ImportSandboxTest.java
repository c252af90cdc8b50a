package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.ImportProgress;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRunState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The import: what the host received, what the links say, and that QuickBooks holds what it held; the matching rules,
 * ambiguous matches, dry runs, and what becomes of imported invoices afterwards.
 */
class ImportSandboxTest extends ImportSandboxBase {
    @Test
    void aFreshImportBringsContactsJobsOpenInvoicesWithPaymentsAndARerunCreatesNothingNew() {
        String open = invoice("2", "B-1", "2026-03-01", "60", "40"); // Bayside, 100 with tax
        sandbox.admin().receivePayment(REALM, open, new BigDecimal("30"));
        String paid = invoice("1", "A-1", "2026-03-01", "50", "0");
        sandbox.admin().receivePayment(REALM, paid, new BigDecimal("50")); // fully paid: not outstanding
        invoice("1", "A-0", "2025-12-31", "10", "0"); // before the invoices-from day
        int qboWrites = sandbox.admin().requests().size();

        ImportRun run = importAndWait(new ImportRequest(true, true, LocalDate.parse("2026-01-01"), false));

        assertThat(run.state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(progress(run, ImportKind.CUSTOMER)).isEqualTo(new ImportProgress(ImportKind.CUSTOMER, 4, 4, 0, 3,
                0, 0)); // Dormant Holdings is inactive: not brought back
        assertThat(progress(run, ImportKind.PROJECT)).isEqualTo(new ImportProgress(ImportKind.PROJECT, 1, 1, 0, 1, 0,
                0));
        assertThat(progress(run, ImportKind.INVOICE)).isEqualTo(new ImportProgress(ImportKind.INVOICE, 1, 1, 0, 1, 0,
                0));
        assertThat(progress(run, ImportKind.PAYMENT).created()).isEqualTo(1);
        String bayside = hostId(RecordType.CUSTOMER, "2");
        assertThat(host.customers.get(bayside)).satisfies(c -> {
            assertThat(c.companyName()).isEqualTo("Bayside Bakery");
            assertThat(c.contactName()).isEqualTo("Luis Ortega");
            assertThat(c.email()).isEqualTo("orders@bayside.example");
        });
        String cobalt = hostId(RecordType.CUSTOMER, "3");
        assertThat(host.projects.get(hostId(RecordType.PROJECT, "4"))).satisfies(p -> {
            assertThat(p.name()).isEqualTo("Website Project");
            assertThat(p.hostCustomerId()).isEqualTo(cobalt);
        });
        HostInvoice imported = host.invoices.get(hostId(RecordType.INVOICE, open));
        assertThat(imported.invoiceNumber()).isEqualTo("B-1");
        assertThat(imported.hostCustomerId()).isEqualTo(bayside);
        assertThat(imported.lines()).extracting(l -> l.amount().amount()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60"), new BigDecimal("40"));
        assertThat(host.payments(T, imported.hostInvoiceId())).singleElement().satisfies(p ->
                assertThat(p.amount().amount()).isEqualByComparingTo("30"));
        assertThat(host.invoices).hasSize(1);
        assertThat(sandbox.admin().requests().subList(qboWrites, sandbox.admin().requests().size()))
                .allSatisfy(r -> assertThat(r.method()).isEqualTo("GET")); // the import only reads QuickBooks

        int writes = host.writes.size();
        ImportRun again = importAndWait(new ImportRequest(true, true, LocalDate.parse("2026-01-01"), false));
        assertThat(host.writes.subList(writes, host.writes.size())).noneMatch(w -> w.contains("+"));
        assertThat(progress(again, ImportKind.CUSTOMER).linked()).isEqualTo(3);
        assertThat(progress(again, ImportKind.CUSTOMER).created()).isZero();
        assertThat(progress(again, ImportKind.PAYMENT).linked()).isEqualTo(1);
        assertThat(host.customers).hasSize(3);
    }

    @Test
    void everyMatchingRuleLinksInsteadOfCreating() {
        e.settings(s -> s.capDisplayNameAt100(true));
        String longName = "Long " + "x".repeat(120);
        qboCustomer(longName.substring(0, 100), null); // pushed earlier with the 100-character cap
        qboCustomer("City Cabs (rides@citycabs.example)", null); // the clash name: a vendor holds City Cabs
        qboCustomer("Jordan Lee (jl@lee.example)", null); // an employee holds Jordan Lee
        host.add(customer("h-email", "Another Name", "  AP@Acme.Example ")); // Acme by e-mail
        host.add(customer("h-name", "bayside    BAKERY", null)); // Bayside by name: case and spaces
        host.add(customer("h-colon", "Cobalt: Consulting", null)); // ':' is refused by QuickBooks
        host.add(customer("h-inactive", "Dormant Holdings", null)); // an inactive customer is still a match
        host.add(customer("h-long", longName, null));
        host.add(customer("h-vendor", "City Cabs", "rides@citycabs.example"));
        host.add(new HostCustomer("h-employee", null, "Jordan Lee", "jl@lee.example", null, null, null,
                Instant.now()));

        ImportRun run = importAndWait(new ImportRequest(true, false, null, false));

        assertThat(hostId(RecordType.CUSTOMER, "1")).isEqualTo("h-email");
        assertThat(hostId(RecordType.CUSTOMER, "2")).isEqualTo("h-name");
        assertThat(hostId(RecordType.CUSTOMER, "3")).isEqualTo("h-colon");
        assertThat(hostId(RecordType.CUSTOMER, "5")).isEqualTo("h-inactive");
        assertThat(hostId(RecordType.CUSTOMER, qboIdOf(longName.substring(0, 100)))).isEqualTo("h-long");
        assertThat(hostId(RecordType.CUSTOMER, qboIdOf("City Cabs (rides@citycabs.example)"))).isEqualTo("h-vendor");
        assertThat(hostId(RecordType.CUSTOMER, qboIdOf("Jordan Lee (jl@lee.example)"))).isEqualTo("h-employee");
        assertThat(progress(run, ImportKind.CUSTOMER).linked()).isEqualTo(7);
        assertThat(host.writes).containsExactly("project+ " + hostId(RecordType.PROJECT, "4"));
    }

    @Test
    void twoCandidatesLinkNothingUntilTheAdministratorChooses() {
        host.add(customer("twin-a", "Bayside Bakery", "orders@bayside.example"));
        host.add(customer("twin-b", "Bayside Bakery Inc", "orders@bayside.example"));

        ImportRun run = importAndWait(new ImportRequest(true, false, null, false));

        assertThat(run.ambiguous()).singleElement().satisfies(a -> {
            assertThat(a.remoteId()).isEqualTo("2");
            assertThat(a.rule()).isEqualTo("email");
            assertThat(a.candidates()).extracting(RecordRef::hostId).containsExactly("twin-a", "twin-b");
        });
        assertThat(progress(run, ImportKind.CUSTOMER).ambiguous()).isEqualTo(1);
        assertThat(e.links.hostId(T, SandboxEngine.REALM, RecordType.CUSTOMER, "2")).isEmpty();
        assertThat(host.customers).hasSize(2 + 2); // Acme and Cobalt were created, Bayside was not
        assertThatThrownBy(() -> imports.imports().resolveMatch(T, run.importId(), "2", "h-other", ADMIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hostCustomerId");

        imports.imports().resolveMatch(T, run.importId(), "2", "twin-b", ADMIN);

        assertThat(e.links.hostId(T, SandboxEngine.REALM, RecordType.CUSTOMER, "2")).contains("twin-b");
        assertThat(imports.imports().run(T, run.importId()).orElseThrow().ambiguous()).singleElement()
                .satisfies(a -> assertThat(a.resolvedHostId()).isEqualTo("twin-b"));
    }

    @Test
    void aDryRunCountsButWritesNothing() {
        invoice("2", "B-1", "2026-03-01", "60", "0");

        ImportRun run = importAndWait(new ImportRequest(true, true, null, true));

        assertThat(progress(run, ImportKind.CUSTOMER).created()).isEqualTo(3);
        assertThat(progress(run, ImportKind.PROJECT).created()).isEqualTo(1);
        assertThat(progress(run, ImportKind.INVOICE).created()).isEqualTo(1);
        assertThat(host.writes).isEmpty();
        assertThat(e.links.hostId(T, SandboxEngine.REALM, RecordType.CUSTOMER, "1")).isEmpty();
    }

    /** Issue 17 §6: the dry run only counted; it now says what each record would do, and with which host record. */
    @Test
    void aDryRunListsWhatEachRecordWouldDoByName() {
        host.add(customer("h-email", "Acme by mail", "ap@acme.example"));
        host.add(customer("twin-a", "Bayside Bakery", "orders@bayside.example"));
        host.add(customer("twin-b", "Bayside Bakery Inc", "orders@bayside.example"));

        ImportRun run = importAndWait(new ImportRequest(true, false, null, true));

        var plan = imports.imports().plan(T, run.importId(), 100);
        assertThat(plan).filteredOn(p -> p.remoteId().equals("1")).singleElement().satisfies(p -> {
            assertThat(p.action()).isEqualTo(io.ledgerbridge.api.sync.ImportPlanEntry.Action.LINK);
            assertThat(p.hostRecords()).containsExactly(RecordRef.of(RecordType.CUSTOMER, "h-email"));
        });
        assertThat(plan).filteredOn(p -> p.remoteId().equals("2")).singleElement().satisfies(p -> {
            assertThat(p.action()).isEqualTo(io.ledgerbridge.api.sync.ImportPlanEntry.Action.AMBIGUOUS);
            assertThat(p.remoteName()).isEqualTo("Bayside Bakery");
            assertThat(p.hostRecords()).extracting(RecordRef::hostId).containsExactly("twin-a", "twin-b");
        });
        assertThat(plan).filteredOn(p -> p.action() == io.ledgerbridge.api.sync.ImportPlanEntry.Action.CREATE)
                .isNotEmpty().allSatisfy(p -> assertThat(p.hostRecords()).isEmpty());
        assertThat(host.writes).isEmpty();
        // Another tenant's id answers nothing.
        assertThat(imports.imports().plan(io.ledgerbridge.api.TenantId.of("other"), run.importId(), 100)).isEmpty();
    }

    @Test
    void importedInvoicesEditsStayInTheHostButTheirPaymentsArePushed() {
        String open = invoice("2", "B-1", "2026-03-01", "60", "40");
        sandbox.admin().receivePayment(REALM, open, new BigDecimal("30"));
        importAndWait(EVERYTHING);
        String hostInvoice = hostId(RecordType.INVOICE, open);
        ObjectNode before = e.qbo("Invoice", open);
        HostInvoice inv = host.invoices.get(hostInvoice);
        host.add(new HostInvoice(inv.hostInvoiceId(), inv.hostCustomerId(), null, inv.invoiceNumber(), inv.status(),
                inv.issueDate(), inv.dueDate(), inv.currency(), inv.lines(), inv.taxAmount(), null, null,
                "Edited in the host", Instant.now()));
        e.changed(HostEventKind.INVOICE_CHANGED, hostInvoice);
        e.paid(new HostPayment("host-pay-1", hostInvoice, Money.of("20", "USD"), LocalDate.parse("2026-03-05"),
                "card", "T-9"));
        e.module.engine().drain();

        ObjectNode after = e.qbo("Invoice", open);
        assertThat(after.path("CustomerMemo").path("value").asText()).isEqualTo(before.path("CustomerMemo")
                .path("value").asText());
        assertThat(after.path("Balance").decimalValue()).isEqualByComparingTo("50"); // 100 - 30 - 20
        assertThat(e.qbo("Payment")).hasSize(2); // the imported one was not sent back
        assertThat(e.module.sync().status(T, RecordRef.of(RecordType.INVOICE, hostInvoice)).message())
                .contains("Imported from QuickBooks", "not pushed");
        assertThat(e.log.latest(T, RecordRef.of(RecordType.INVOICE, hostInvoice)).orElseThrow()).satisfies(l -> {
            assertThat(l.outcome()).isEqualTo("SKIPPED");
            assertThat(l.message()).contains("was imported from QuickBooks: host edits to imported invoices are not "
                    + "pushed");
        });
        assertThat(e.qboId(RecordType.PAYMENT, "host-pay-1")).isNotNull();
    }

    @Test
    void aFirstPushLinksThroughTheCompanyIndexWithoutALookUpPerCustomer() {
        host.add(customer("c0", "Someone Else", "AP@acme.example")); // the seeded Acme's e-mail
        host.add(customer("c1", "bayside  bakery", "new@bayside.example")); // the seeded Bayside's name
        for (int i = 2; i < 40; i++) {
            host.add(customer("c" + i, "New Customer " + i, "n" + i + "@new.example"));
        }
        for (int i = 0; i < 40; i++) {
            e.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
        }
        sandbox.admin().clearRequestLog();
        e.module.engine().drain();

        assertThat(e.qboId(RecordType.CUSTOMER, "c0")).isEqualTo("1");
        assertThat(e.qboId(RecordType.CUSTOMER, "c1")).isEqualTo("2");
        assertThat(e.qbo("Customer")).hasSize(5 + 38);
        // One count and one page of the company's customers, instead of two look-ups for each of 40 customers.
        assertThat(sandbox.admin().countOperation("query", null)).isEqualTo(2);
    }
}
