package io.ledgerbridge.itests.demo;

import static io.ledgerbridge.itests.demo.LocalQuickBooks.amount;
import static io.ledgerbridge.itests.demo.LocalQuickBooks.list;
import static io.ledgerbridge.itests.demo.LocalQuickBooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.awaitility.core.ConditionFactory;

/**
 * The connector at work inside the packaged demo host (Felix), end to end against its embedded local QuickBooks: an
 * administrator connects through the authorize page, then changes made on the host's own screens (a customer, a
 * payment, a void) reach QuickBooks as the sync README maps them, the customer without an e-mail never does, and
 * QuickBooks never had to throttle the connector. Everything is observed from outside: the host over HTTP as a user
 * sees it, QuickBooks through the sandbox's admin API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoHostSyncIT {
    private static final String PAGE = "/ledgerbridge/quickbooks";
    private static final Pattern INVOICE_LINK = Pattern.compile("href=\"/invoices/([^\"]+)\">([^<]+)</a>");
    private static final Pattern HOST_TOTAL = Pattern.compile("<strong>Total</strong></td><td class=\"num\">"
            + "([0-9.]+) USD</td>");

    @TempDir
    static Path dataDir;

    private static DemoHostProcess host;
    private static LocalQuickBooks quickBooks;
    private static HostSession admin;

    @RegisterExtension
    static final TestWatcher HOST_OUTPUT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (host != null) {
                System.err.println("--- demo host output (" + context.getDisplayName() + " failed) ---\n"
                        + host.output());
            }
        }
    };

    @BeforeAll
    static void startAndConnect() throws Exception {
        Path target = Path.of(System.getProperty("ledgerbridge.reactor.dir", ".."), "itests", "target");
        host = DemoHostProcess.start(dataDir, target.resolve("demo-host-sync-it.log"));
        quickBooks = new LocalQuickBooks(host);
        admin = new HostSession();
        try {
            signInAsAdmin();
            connectUsCompany();
            turnSyncOn();
        } catch (Exception | AssertionError e) {
            System.err.println("--- demo host output (connecting failed) ---\n" + host.output());
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    @Order(1)
    void theQuickBooksPageShowsTheConnectedCompany() throws Exception {
        String page = ok(PAGE);

        assertThat(page).contains("data-state=\"CONNECTED\"").contains("<td>Sandbox Company US</td>")
                .contains("<td>" + LocalQuickBooks.US_REALM + "</td>");
        // The host's own view of its registered connectors asks the connector for the tenant's connection too.
        assertThat(ok("/connector")).contains("<code>quickbooks-online</code></td><td>CONNECTED to Sandbox Company US");
    }

    @Test
    @Order(2)
    void aCustomerChangedOnTheHostFormIsUpdatedInQuickBooksAndNotDuplicated() throws Exception {
        String phone = "+1 617 555 0142";
        Map<String, String> form = HostSession.form(ok("/customers/CUS-1001/edit"), "/customers/CUS-1001");
        assertThat(form).containsEntry("companyName", "Acme Roofing Ltd")
                .containsEntry("email", "jane.doe@acme-roofing.example");
        form.put("phone", phone);

        assertThat(HostSession.redirect(admin.post(host.url("/customers/CUS-1001"), form)))
                .isEqualTo(host.url("/customers/CUS-1001"));

        // Connecting started the first sync of every sample record, so the change races that sync's create.
        awaitQuickBooks("Acme Roofing Ltd in QuickBooks once, with the new phone").untilAsserted(() -> {
            List<Map<String, Object>> acme = customersNamed("Acme Roofing Ltd");
            assertThat(acme).hasSize(1);
            assertThat(text(acme.get(0), "PrimaryPhone", "FreeFormNumber")).isEqualTo(phone);
            assertThat(text(acme.get(0), "PrimaryEmailAddr", "Address")).isEqualTo("jane.doe@acme-roofing.example");
            assertThat(text(acme.get(0), "CompanyName")).isEqualTo("Acme Roofing Ltd");
        });
    }

    @Test
    @Order(3)
    void aPaymentRecordedOnTheHostIsAQuickBooksPaymentLinkedToItsInvoice() throws Exception {
        String invoiceId = hostInvoiceId("1002");
        String view = ok("/invoices/" + invoiceId);
        BigDecimal hostTotal = hostTotal(view);
        Map<String, String> form = HostSession.form(view, "/invoices/" + invoiceId + "/payments");
        form.put("amount", "500.00");
        form.put("paidOn", LocalDate.now(ZoneOffset.UTC).toString());
        form.put("method", "cheque");
        form.put("reference", "CHQ-E2E-1");

        assertThat(HostSession.redirect(admin.post(host.url("/invoices/" + invoiceId + "/payments"), form)))
                .isEqualTo(host.url("/invoices/" + invoiceId));
        assertThat(ok("/invoices/" + invoiceId)).contains("CHQ-E2E-1").contains("partially paid");

        awaitQuickBooks("invoice 1002 and its payment in QuickBooks").untilAsserted(() -> {
            Map<String, Object> invoice = invoiceNumbered("1002");
            assertThat(amount(invoice, "TotalAmt")).isEqualByComparingTo(hostTotal);
            // invoiced on the customer's project: its sub-customer, the template's ':' written as ' - '
            assertThat(text(invoice, "CustomerRef", "name")).isEqualTo("Warehouse roof repair");
            List<Map<String, Object>> items = list(invoice, "Line").stream()
                    .filter(l -> "SalesItemLineDetail".equals(l.get("DetailType"))).toList();
            // 40 sq ft of membrane at 18.50 and 12 crew hours at 65.00: Qty × UnitPrice = Amount, as QuickBooks requires
            assertThat(items).anySatisfy(l -> assertLine(l, "Replace 40 sq ft of membrane", "40", "18.50", "740.00"))
                    .anySatisfy(l -> assertLine(l, "Crew of two, 6 hours", "12", "65.00", "780.00"));

            List<Map<String, Object>> payments = paymentsLinkedTo(text(invoice, "Id"));
            assertThat(payments).hasSize(1);
            assertThat(amount(payments.get(0), "TotalAmt")).isEqualByComparingTo("500.00");
            assertThat(text(payments.get(0), "PaymentRefNum")).isEqualTo("CHQ-E2E-1");
            assertThat(text(payments.get(0), "CustomerRef", "value")).isEqualTo(text(invoice, "CustomerRef", "value"));
            assertThat(amount(invoice, "Balance")).isEqualByComparingTo(hostTotal.subtract(new BigDecimal("500.00")));
        });
    }

    @Test
    @Order(4)
    void anInvoiceVoidedOnTheHostIsVoidedInQuickBooksNotDeleted() throws Exception {
        String invoiceId = hostInvoiceId("1006");
        // The posted sample invoice goes with the first sync; void it only once QuickBooks has it, so the void must
        // reach that same QuickBooks invoice.
        String[] qboId = new String[1];
        awaitQuickBooks("posted invoice 1006 in QuickBooks").untilAsserted(() -> {
            Map<String, Object> invoice = invoiceNumbered("1006");
            assertThat(amount(invoice, "TotalAmt")).isPositive();
            qboId[0] = text(invoice, "Id");
        });
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ledgerbridge_csrf", HostSession.csrf(ok("/invoices/" + invoiceId)));
        form.put("action", "void");

        assertThat(HostSession.redirect(admin.post(host.url("/invoices/" + invoiceId + "/status"), form)))
                .isEqualTo(host.url("/invoices/" + invoiceId));
        assertThat(ok("/invoices/" + invoiceId)).contains("<span class=\"badge VOIDED\">voided</span>");

        awaitQuickBooks("invoice 1006 voided in QuickBooks").untilAsserted(() -> {
            Map<String, Object> invoice = quickBooks.entity("Invoice", qboId[0]).orElseThrow(
                    () -> new AssertionError("QuickBooks invoice " + qboId[0] + " is gone: it was deleted, not voided"));
            assertThat(amount(invoice, "TotalAmt")).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(amount(invoice, "Balance")).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(text(invoice, "PrivateNote")).startsWith("Voided");
            assertThat(text(invoice, "DocNumber")).isEqualTo("1006");
        });
        assertThat(invoiceNumbered("1006")).containsEntry("Id", qboId[0]);
        assertThat(operations()).noneSatisfy((operation, count) -> assertThat(operation).startsWith("delete"));
    }

    @Test
    @Order(5)
    void theCustomerWithoutAnEmailNeverReachesQuickBooksEvenWhenChanged() throws Exception {
        changePhone("CUS-1003", "Northwind Traders", "+1 206 555 0145");
        // A later change of another customer: the outbox works rows in order, so once this one is in QuickBooks the
        // connector has tried Northwind's change too.
        changePhone("CUS-1002", "Brightside Dental", "+1 512 555 0142");
        awaitQuickBooks("Brightside Dental's new phone in QuickBooks").untilAsserted(() -> {
            List<Map<String, Object>> brightside = customersNamed("Brightside Dental");
            assertThat(brightside).hasSize(1);
            assertThat(text(brightside.get(0), "PrimaryPhone", "FreeFormNumber")).isEqualTo("+1 512 555 0142");
        });

        assertThat(quickBooks.entities("Customer")).noneSatisfy(c -> assertThat(text(c, "DisplayName"))
                .contains("Northwind"));
        // Its invoice waits for it rather than going without a customer.
        assertThat(quickBooks.entities("Invoice")).noneSatisfy(i -> assertThat(text(i, "DocNumber")).isEqualTo("1004"));
        assertThat(ok("/customers/CUS-1003")).contains("QuickBooks requires an e-mail address for every customer");
    }

    @Test
    @Order(6)
    void administratorsDownloadQuickBooksListsAsJson() throws Exception {
        assertThat(ok(PAGE)).contains("id=\"lb-dump-customers\"").contains("id=\"lb-dump-invoices\"");

        java.net.http.HttpResponse<String> customers = admin.get(host.url(PAGE + "/diagnostics/customers"));
        assertThat(customers.statusCode()).isEqualTo(200);
        assertThat(customers.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(customers.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"quickbooks-customers.json\"");
        assertThat(customers.body()).startsWith("[").contains("\"DisplayName\":\"Acme Roofing Ltd\"")
                .doesNotContain("Warehouse roof repair");
        assertThat(admin.get(host.url(PAGE + "/diagnostics/sub-customers")).body())
                .contains("\"DisplayName\":\"Warehouse roof repair\"")
                .contains("\"FullyQualifiedName\":\"Acme Roofing Ltd:Warehouse roof repair\"");
        assertThat(admin.get(host.url(PAGE + "/diagnostics/invoices")).body()).contains("\"DocNumber\":\"1002\"");
        assertThat(admin.get(host.url(PAGE + "/diagnostics/vendors")).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void aPaymentReceivedInQuickBooksMarksTheHostInvoicePaidWithinSecondsOfItsWebhook() throws Exception {
        String invoiceId = hostInvoiceId("1003");
        String[] qbo = new String[2];
        awaitQuickBooks("partially paid invoice 1003 and its payment in QuickBooks").untilAsserted(() -> {
            Map<String, Object> invoice = invoiceNumbered("1003");
            assertThat(paymentsLinkedTo(text(invoice, "Id"))).hasSize(1);
            assertThat(amount(invoice, "Balance")).isPositive();
            qbo[0] = text(invoice, "Id");
            qbo[1] = amount(invoice, "Balance").toPlainString();
        });
        assertThat(ok("/invoices/" + invoiceId)).contains("<span class=\"badge PARTIALLY_PAID\">");

        quickBooks.receivePayment(qbo[0], new BigDecimal(qbo[1]));

        await("invoice 1003 paid on the host").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(ok("/invoices/" + invoiceId))
                        .contains("<span class=\"badge PAID\">paid</span>"));
    }

    @Test
    @Order(8)
    void quickBooksNeverAnsweredTooManyRequests() throws Exception {
        Map<String, Object> counts = quickBooks.requestCounts();

        assertThat(amount(counts, "total")).as("requests QuickBooks saw").isPositive();
        assertThat(LocalQuickBooks.at(counts, "byStatus", "429")).as("429 answers; all counts: %s", counts).isNull();
    }

    private static void signInAsAdmin() throws Exception {
        // the sign-in form's own CSRF token, as a browser posts it
        String token = HostSession.csrf(admin.get(host.url("/signin")).body());
        Map<String, String> form = Map.of("user", "admin", "next", "/", "ledgerbridge_csrf", token);
        assertThat(HostSession.redirect(admin.post(host.url("/signin"), form))).isEqualTo(host.url("/"));
    }

    /** Connect QuickBooks on the host's page, choose the US company on the local authorize page, come back. */
    private static void connectUsCompany() throws Exception {
        // The connector's pages register a moment after the host's banner, when its configuration arrives.
        String[] page = new String[1];
        await("the QuickBooks page").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    HttpResponse<String> answer = admin.get(host.url(PAGE));
                    assertThat(answer.statusCode()).isEqualTo(200);
                    assertThat(answer.body()).contains("data-state=\"DISCONNECTED\"").contains("id=\"lb-connect\"");
                    page[0] = answer.body();
                });
        Map<String, String> connect = Map.of("ledgerbridge_csrf", HostSession.csrf(page[0]), "action", "connect");
        String authorize = HostSession.redirect(admin.post(host.url(PAGE), connect));
        assertThat(authorize).startsWith(host.sandboxUrl("/connect/oauth2?"));
        assertThat(admin.get(authorize).body()).contains("name=\"realmId\" value=\"" + LocalQuickBooks.US_REALM + "\"");

        Map<String, String> query = query(URI.create(authorize));
        Map<String, String> grant = new LinkedHashMap<>();
        for (String field : List.of("client_id", "redirect_uri", "response_type", "scope", "state")) {
            grant.put(field, query.get(field));
        }
        grant.put("realmId", LocalQuickBooks.US_REALM);
        grant.put("action", "connect");
        String callback = HostSession.redirect(admin.post(host.sandboxUrl("/connect/oauth2"), grant));
        assertThat(callback).startsWith(host.url("/ledgerbridge/oauth/callback?"))
                .contains("realmId=" + LocalQuickBooks.US_REALM).contains("code=");

        String back = HostSession.redirect(admin.get(callback));
        assertThat(back).isEqualTo(host.url(PAGE + "?m=connected"));
        assertThat(ok(PAGE + "?m=connected")).contains("data-state=\"CONNECTED\"").contains("QuickBooks connected");
    }

    /**
     * The first-run checklist's last step: sync starts off in the demo (nothing is pushed before the administrator
     * has looked at the settings), so the configuration form is saved with "Sync enabled" ticked.
     */
    private static void turnSyncOn() throws Exception {
        String home = ok(PAGE);
        assertThat(home).contains("id=\"lb-first-run\"").contains("Connect QuickBooks — done");
        String config = ok(PAGE + "/configuration");
        java.util.List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(HostSession.fields(config,
                PAGE + "/configuration"));
        assertThat(fields).noneMatch(f -> f.getKey().equals("enabled"));
        fields.add(Map.entry("enabled", "true"));
        fields.add(Map.entry("action", "save"));
        assertThat(HostSession.redirect(admin.post(host.url(PAGE + "/configuration"), fields)))
                .isEqualTo(host.url(PAGE + "/configuration?m=saved"));
        assertThat(ok(PAGE)).doesNotContain("lb-first-run");
    }

    private static void changePhone(String customerId, String name, String phone) throws Exception {
        Map<String, String> form = HostSession.form(ok("/customers/" + customerId + "/edit"), "/customers/" + customerId);
        assertThat(form).containsEntry("companyName", name);
        form.put("phone", phone);
        assertThat(HostSession.redirect(admin.post(host.url("/customers/" + customerId), form)))
                .isEqualTo(host.url("/customers/" + customerId));
    }

    private static void assertLine(Map<String, Object> line, String description, String qty, String unitPrice,
            String lineAmount) {
        assertThat(text(line, "Description")).isEqualTo(description);
        assertThat(amount(line, "SalesItemLineDetail", "Qty")).isEqualByComparingTo(qty);
        assertThat(amount(line, "SalesItemLineDetail", "UnitPrice")).isEqualByComparingTo(unitPrice);
        assertThat(amount(line, "Amount")).isEqualByComparingTo(lineAmount);
    }

    private static ConditionFactory awaitQuickBooks(String what) {
        return await(what).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250));
    }

    /** @return the page's body, after checking it answered 200 */
    private static String ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = admin.get(host.url(path));
        assertThat(answer.statusCode()).as("GET %s:%n%s", path, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String hostInvoiceId(String number) throws IOException, InterruptedException {
        Matcher m = INVOICE_LINK.matcher(ok("/invoices"));
        while (m.find()) {
            if (m.group(2).equals(number)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no invoice numbered " + number + " on /invoices");
    }

    private static BigDecimal hostTotal(String invoicePage) {
        Matcher m = HOST_TOTAL.matcher(invoicePage);
        assertThat(m.find()).as("the invoice's total on its page").isTrue();
        return new BigDecimal(m.group(1));
    }

    private static List<Map<String, Object>> customersNamed(String displayName) throws Exception {
        return quickBooks.entities("Customer").stream().filter(c -> displayName.equals(c.get("DisplayName"))).toList();
    }

    private static Map<String, Object> invoiceNumbered(String docNumber) throws Exception {
        List<Map<String, Object>> invoices = quickBooks.entities("Invoice").stream()
                .filter(i -> docNumber.equals(i.get("DocNumber"))).toList();
        assertThat(invoices).as("QuickBooks invoices numbered %s", docNumber).hasSize(1);
        return invoices.get(0);
    }

    private static List<Map<String, Object>> paymentsLinkedTo(String qboInvoiceId) throws Exception {
        return quickBooks.entities("Payment").stream().filter(p -> list(p, "Line").stream()
                .flatMap(l -> list(l, "LinkedTxn").stream())
                .anyMatch(t -> qboInvoiceId.equals(t.get("TxnId")) && "Invoice".equals(t.get("TxnType")))).toList();
    }

    private static Map<String, Object> operations() throws Exception {
        Object byOperation = LocalQuickBooks.at(quickBooks.requestCounts(), "byOperation");
        assertThat(byOperation).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> operations = (Map<String, Object>) byOperation;
        return operations;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
