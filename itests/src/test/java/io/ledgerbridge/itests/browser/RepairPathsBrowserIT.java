package io.ledgerbridge.itests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.itests.demo.DemoHostProcess;
import io.ledgerbridge.itests.demo.LocalQuickBooks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17's walk in a real headless Chromium against the packaged demo host and its local QuickBooks: a Retry of
 * another organisation's record refused with nothing queued; a record panel showing what QuickBooks holds (an address
 * as an address) and opening it in the sandbox's record view; an invoice deleted in QuickBooks re-created from the
 * errors list's Repair page; Unlink, and Link to a QuickBooks record found by name; a merge told as a merge and its
 * survivor followed without a push; a conflict shown readably and "Keep ours" leaving each field equal. Screenshots
 * as in {@link AdminPagesBrowserIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepairPathsBrowserIT {
    private static final String PAGE = "/ledgerbridge/quickbooks";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path profile;

    private static DemoHostProcess host;
    private static LocalQuickBooks quickBooks;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @RegisterExtension
    static final TestWatcher HOST_OUTPUT_ON_FAILURE = HeadlessChromium.reportOnFailure(() -> host, () -> browser);

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.requireInstalled();
        Path target = Path.of(System.getProperty("ledgerbridge.reactor.dir", ".."), "itests", "target");
        host = DemoHostProcess.start(dataDir, target.resolve("repair-paths-it-demo-host.log"));
        quickBooks = new LocalQuickBooks(host);
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        HeadlessChromium.connectWithManualSync(browser, wait, host);
        browser.get(host.url(PAGE + "/sync"));
        browser.findElement(By.id("lb-sync-now")).click();
        wait.until(ExpectedConditions.urlContains("/sync?run="));
        // The first run pushes the demo's whole sample: given up to 90 s on a loaded machine.
        new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(d -> "false".equals(d.findElement(By.id("lb-run")).getDomAttribute("data-running")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    @Order(1)
    void aRetryOfAnotherOrganisationsRecordIsRefusedAndQueuesNothing() {
        String invoice = hostId("/invoices", "1006");
        HeadlessChromium.signIn(browser, wait, host, "admin2", "Bea Boss");
        browser.get(host.url(PAGE + "/sync"));
        // A forged Retry: the other organisation's invoice id in this administrator's own, valid form.
        browser.executeScript("var token = document.querySelector('form input[type=hidden][name*=csrf]');"
                + "var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + "[['action', 'retry'], ['type', 'INVOICE'], ['id', arguments[1]], [token.name, token.value]]"
                + ".forEach(function (p) { var i = document.createElement('input'); i.type = 'hidden';"
                + "i.name = p[0]; i.value = p[1]; f.appendChild(i); });"
                + "document.body.appendChild(f); f.submit();", host.url(PAGE + "/sync"), invoice);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-error"),
                "this organisation has no invoice " + invoice));
        browser.get(host.url(PAGE + "/sync"));
        assertThat(browser.findElements(By.cssSelector("#lb-recent-syncs tr[data-run]"))).isEmpty();
        assertThat(browser.findElements(By.id("lb-no-errors"))).hasSize(1);
        HeadlessChromium.signIn(browser, wait, host, "admin", "Ada Admin");
    }

    @Test
    @Order(2)
    void aRecordPanelShowsWhatQuickBooksHoldsAndOpensItThere() throws Exception {
        browser.get(host.url("/customers/" + hostId("/customers", "Brightside Dental")));
        WebElement fields = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lb-remote-fields")));
        assertThat(fields.getText()).contains("Brightside Dental").contains("billing@brightside-dental.example")
                .contains("400 Congress Ave, Suite 210, Austin, TX 78701").doesNotContain("{").doesNotContain("Lat");
        shotOf(By.cssSelector(".lb-record"), "admin-record-panel");
        String inQuickBooks = browser.findElement(By.id("lb-open-in-qbo")).getDomAttribute("href");
        assertThat(inQuickBooks).startsWith(host.sandboxUrl("/_sandbox/ui/record?realm="));
        browser.get(inQuickBooks);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Brightside Dental"));
        assertThat(browser.findElement(By.id("where")).getText()).contains("read-only");
    }

    @Test
    @Order(3)
    void anInvoiceDeletedInQuickBooksIsReCreatedFromTheErrorsList() throws Exception {
        String invoice = hostId("/invoices", "1006");
        String deleted = qboId("Invoice", "DocNumber", "1006");
        quickBooks.deleteAsUser("Invoice", deleted);
        browser.get(host.url("/invoices/" + invoice));
        wait.until(ExpectedConditions.attributeToBe(By.id("lb-remote"), "data-remote-state", "DELETED"));
        browser.findElement(By.id("lb-resync")).click(); // fails: the copy is gone, and the errors list says so
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            open("/sync");
            assertThat(browser.findElements(By.cssSelector("tr[data-record='INVOICE:" + invoice + "']"))).hasSize(1);
        });
        browser.findElement(By.cssSelector("tr[data-record='INVOICE:" + invoice + "'] a[id^='lb-repair-']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lb-recreate")));
        assertThat(browser.findElement(By.id("lb-repair")).getText()).contains("was deleted");
        shot("admin-repair");
        browser.findElement(By.id("lb-recreate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"),
                "to be created in QuickBooks again"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(qboId("Invoice", "DocNumber", "1006"))
                .isNotNull().isNotEqualTo(deleted));
    }

    @Test
    @Order(4)
    void unlinkThenLinkToTheQuickBooksCustomerFoundByName() throws Exception {
        String customer = hostId("/customers", "Brightside Dental");
        String linked = qboId("Customer", "DisplayName", "Brightside Dental");
        browser.get(host.url("/customers/" + customer));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lb-unlink"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("lb-remote"), "data-remote-state", "NOT_LINKED"));

        browser.findElement(By.id("lb-link-record")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lb-q"))).sendKeys("Brightside");
        browser.findElement(By.id("lb-search")).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#lb-results tr[data-remote-id='" + linked + "']")));
        row.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"),
                "nothing was pushed"));
        browser.get(host.url("/customers/" + customer));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lb-remote-id")))
                .getText()).isEqualTo(linked);
    }

    @Test
    @Order(5)
    void aMergeIsToldAsAMergeAndTheSurvivorIsFollowedWithoutAPush() throws Exception {
        String customer = hostId("/customers", "Acme Roofing Ltd");
        String gone = qboId("Customer", "DisplayName", "Acme Roofing Ltd");
        String survivor = qboId("Customer", "DisplayName", "Bayside Bakery");
        String token = quickBooksField("Customer", survivor, "SyncToken");
        quickBooks.mergeAsUser("Customer", gone, survivor);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            browser.get(host.url("/customers/" + customer));
            assertThat(browser.findElement(By.cssSelector(".lb-record")).getText())
                    .contains("was merged into Bayside Bakery in QuickBooks");
        });
        assertThat(browser.findElement(By.id("lb-survivor")).getText()).isEqualTo("Bayside Bakery");
        shotOf(By.cssSelector(".lb-record"), "admin-merge");
        browser.findElement(By.id("lb-follow")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".lb-remote-id"), survivor));
        assertThat(quickBooksField("Customer", survivor, "DisplayName")).isEqualTo("Bayside Bakery");
        assertThat(quickBooksField("Customer", survivor, "SyncToken")).as("nothing pushed to the survivor")
                .isEqualTo(token);
    }

    @Test
    @Order(6)
    void aConflictShowsAnAddressAsAnAddressAndKeepOursLeavesEachFieldEqual() throws Exception {
        String id = qboId("Customer", "DisplayName", "Brightside Dental");
        quickBooks.editAsUser("Customer", id, "{\"CompanyName\":\"Brightside Holdings\",\"BillAddr\":{\"Line1\":"
                + "\"1 Dock Rd\",\"City\":\"Austin\",\"CountrySubDivisionCode\":\"TX\",\"PostalCode\":\"78702\","
                + "\"Lat\":\"INVALID\",\"Long\":\"INVALID\"}}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            open("/conflicts");
            assertThat(browser.findElements(By.cssSelector(".lb-conflict[data-open='true']"))).isNotEmpty();
        });
        String shown = browser.findElement(By.cssSelector(".lb-conflict[data-open='true']")).getText();
        assertThat(shown).contains("1 Dock Rd, Austin, TX 78702").contains("400 Congress Ave, Suite 210, Austin, "
                + "TX 78701").contains("Brightside Holdings").doesNotContain("INVALID").doesNotContain("{");
        shot("admin-conflict-review");
        browser.findElement(By.id("lb-keep_host-0")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"), "Resolved 1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(quickBooksField("Customer", id, "CompanyName")).isEqualTo("Brightside Dental");
            assertThat(quickBooksField("Customer", id, "BillAddr", "Line1")).isEqualTo("400 Congress Ave");
            assertThat(quickBooksField("Customer", id, "BillAddr", "PostalCode")).isEqualTo("78701");
        });
    }

    /** The host id of the record a host screen lists under that name (or number). */
    private static String hostId(String list, String text) {
        browser.get(host.url(list));
        return browser.findElements(By.cssSelector("main tr a[href^='" + list + "/']")).stream()
                .filter(a -> a.getText().strip().equals(text)).findFirst()
                .map(a -> a.getDomAttribute("href").substring(list.length() + 1)).orElseThrow(
                        () -> new AssertionError("no row with '" + text + "' on " + list));
    }

    private static String qboId(String entity, String field, String value) throws Exception {
        return quickBooks.entities(entity).stream().filter(e -> value.equals(LocalQuickBooks.text(e, field)))
                .map(e -> LocalQuickBooks.text(e, "Id")).findFirst().orElse(null);
    }

    private static String quickBooksField(String entity, String id, String... path) throws Exception {
        Map<String, Object> e = quickBooks.entities(entity).stream()
                .filter(x -> id.equals(LocalQuickBooks.text(x, "Id"))).findFirst().orElseThrow();
        return LocalQuickBooks.text(e, path);
    }

    private static void open(String sub) {
        browser.get(host.url(PAGE + sub));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lb-tabs")));
    }

    private static void shot(String name) throws IOException {
        HeadlessChromium.screenshotForDocs(browser, name);
    }

    /** A screenshot with the part shown at the top (a record panel sits below the host's own record). */
    private static void shotOf(By part, String name) throws IOException {
        browser.executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -16);",
                browser.findElement(part));
        shot(name);
    }
}
