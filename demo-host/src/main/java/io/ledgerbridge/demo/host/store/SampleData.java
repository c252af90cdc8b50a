package io.ledgerbridge.demo.host.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

/**
 * Writes the sample records on the first start only: customers (one without an e-mail, which QuickBooks will refuse),
 * projects, invoices with lines and tax in several states, and expenses; a second tenant with a record of its own
 * shows that tenants never see each other's data. No events are published: the connector finds these through
 * {@code HostRecords.forEachChangedSince} on "Sync now".
 */
public final class SampleData {
    /** The main demo tenant. */
    public static final TenantId DEMO = TenantId.of("demo");
    /** The second tenant. */
    public static final TenantId DEMO2 = TenantId.of("demo2");

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CAD = Currency.getInstance("CAD");

    private final HostStore store;
    private final Instant now;
    private final LocalDate today;

    private SampleData(HostStore store, Clock clock) {
        this.store = store;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /**
     * @param store the host database
     * @param clock the clock
     * @return whether the sample data was written now (false when an earlier start wrote it)
     */
    public static boolean writeOnce(HostStore store, Clock clock) {
        return store.jdbc().inTransaction(c -> {
            if (!Schema.claimSampleData(c)) {
                return false;
            }
            new SampleData(store, clock).write(c);
            return true;
        });
    }

    private void write(Connection c) throws SQLException {
        String acme = customer(c, DEMO, "Acme Roofing Ltd", "Jane Doe", "jane.doe@acme-roofing.example",
                "+1 617 555 0101", new Address("12 Harbor St", null, "Boston", "MA", "02110", "US"), null);
        String brightside = customer(c, DEMO, "Brightside Dental", "Omar Haddad", "billing@brightside-dental.example",
                "+1 512 555 0199", new Address("400 Congress Ave", "Suite 210", "Austin", "TX", "78701", "US"), null);
        String northwind = customer(c, DEMO, "Northwind Traders", "Kim Lee", null, "+1 206 555 0144",
                new Address("88 Pike St", null, "Seattle", "WA", "98101", "US"), null);
        String maple = customer(c, DEMO, "Maple Leaf Consulting", "Chloé Tremblay", "ap@mapleleaf.example", null,
                new Address("1 Front St W", null, "Toronto", "ON", "M5J 2X5", "CA"), CAD);
        String roof = project(c, DEMO, acme, "Warehouse roof repair", true);
        project(c, DEMO, brightside, "Clinic fit-out 2025", false);

        invoice(c, DEMO, acme, roof, "1001", InvoiceStatus.DRAFT, USD, "8.5",
                line("ROOF-INSPECT", "Roof inspection", "Full inspection with photo report", "1", "350.00", "TAX", "Field"));
        invoice(c, DEMO, acme, roof, "1002", InvoiceStatus.SENT, USD, "8.5",
                line("ROOF-REPAIR", "Roof repair", "Replace 40 sq ft of membrane", "40", "18.50", "TAX", "Field"),
                line("LABOUR", "Labour", "Crew of two, 6 hours", "12", "65.00", "TAX", "Field"));
        String partial = invoice(c, DEMO, brightside, null, "1003", InvoiceStatus.PARTIALLY_PAID, USD, "6.25",
                line("CONSULT", "Consulting", "Fit-out planning sessions", "10", "120.00", "TAX", "Office"));
        payment(c, DEMO, partial, "500.00", USD, "cheque", "CHQ-2231");
        String paid = invoice(c, DEMO, northwind, null, "1004", InvoiceStatus.PAID, USD, null,
                line("SUPPORT", "Support plan", "Quarterly support", "1", "900.00", null, "Office"));
        payment(c, DEMO, paid, "900.00", USD, "card", "ch_3PzDemo");
        invoice(c, DEMO, maple, null, "1005", InvoiceStatus.VOIDED, CAD, "13",
                line("CONSULT", "Consulting", "Cancelled engagement", "5", "150.00", "HST", "Office"));
        invoice(c, DEMO, brightside, null, "1006", InvoiceStatus.POSTED, USD, "6.25",
                line("EQUIP", "Equipment", "Dental chair installation", "2", "1200.00", "TAX", "Field"),
                line("LABOUR", "Labour", null, "8", "65.00", "TAX", "Field"));

        expense(c, DEMO, "Home Depot", "credit-card", "Equipment", "245.90", acme, "Membrane and sealant");
        expense(c, DEMO, "Delta Air Lines", "credit-card", "Travel", "412.00", null, "Site visit Austin");
        expense(c, DEMO, "Staples", "cash", "Office supplies", "38.15", null, null);

        String globex = customer(c, DEMO2, "Globex Corporation", "Hank Scorpio", "ap@globex.example", null, null, null);
        invoice(c, DEMO2, globex, null, "5001", InvoiceStatus.SENT, USD, null,
                line("WIDGET", "Widgets", "Assorted widgets", "100", "4.20", null, null));
    }

    private String customer(Connection c, TenantId tenant, String company, String contact, String email,
            String phone, Address address, Currency currency) throws SQLException {
        String id = Jdbc.nextId(c, "CUS-");
        store.customers().save(c, tenant, new HostCustomer(id, company, contact, email, phone, address, currency, now));
        return id;
    }

    private String project(Connection c, TenantId tenant, String customer, String name, boolean active)
            throws SQLException {
        String id = Jdbc.nextId(c, "PRJ-");
        store.projects().save(c, tenant, new HostProject(id, customer, name, active, now));
        return id;
    }

    private record Line(String code, String name, String description, String quantity, String price, String taxCode,
            String department) {
    }

    private static Line line(String code, String name, String description, String quantity, String price,
            String taxCode, String department) {
        return new Line(code, name, description, quantity, price, taxCode, department);
    }

    private String invoice(Connection c, TenantId tenant, String customer, String project, String number,
            InvoiceStatus status, Currency currency, String taxRate, Line... lines) throws SQLException {
        String id = Jdbc.nextId(c, "INV-");
        List<HostInvoiceLine> invoiceLines = new java.util.ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        int n = 0;
        for (Line l : lines) {
            BigDecimal quantity = new BigDecimal(l.quantity());
            BigDecimal price = new BigDecimal(l.price());
            invoiceLines.add(new HostInvoiceLine(id + "-L" + (++n), l.code(), null, l.name(), l.description(), quantity,
                    new Money(price, currency), l.taxCode(), l.department()));
            subtotal = subtotal.add(quantity.multiply(price));
        }
        BigDecimal rate = taxRate == null ? null : new BigDecimal(taxRate);
        BigDecimal tax = rate == null ? BigDecimal.ZERO.setScale(2)
                : subtotal.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        store.invoices().save(c, tenant, new HostInvoice(id, customer, project, number, status, today.minusDays(20),
                today.plusDays(10), currency, invoiceLines, new Money(tax, currency), rate, Money.zero(currency),
                "Thank you for your business.", now));
        return id;
    }

    private void payment(Connection c, TenantId tenant, String invoice, String amount, Currency currency,
            String method, String reference) throws SQLException {
        store.invoices().addPayment(c, tenant, new HostPayment(Jdbc.nextId(c, "PAY-"), invoice,
                new Money(new BigDecimal(amount), currency), today.minusDays(3), method, reference), now);
    }

    private void expense(Connection c, TenantId tenant, String vendor, String method, String category, String amount,
            String billable, String memo) throws SQLException {
        store.expenses().save(c, tenant, new HostExpense(Jdbc.nextId(c, "EXP-"), vendor, method, category,
                new Money(new BigDecimal(amount), USD), today.minusDays(5), memo, billable, now));
    }
}
