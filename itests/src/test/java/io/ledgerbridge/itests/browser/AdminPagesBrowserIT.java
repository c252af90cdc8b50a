package io.ledgerbridge.itests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.itests.demo.DemoHostProcess;
import io.ledgerbridge.itests.demo.LocalQuickBooks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's pages below Settings → Integrations → QuickBooks in a real headless Chromium against the
 * packaged demo host and its local QuickBooks: Sync now with its counts moving, the failed expense mapped from its
 * remedy link and retried until QuickBooks has the Purchase, a template previewed live and then pushed, Retry and
 * Ignore on the errors list, a conflict resolved each way, an import, and 403 for a non-administrator on every page.
 * Screenshots of each page go to itests/target/screenshots/ (and, with {@code -Dscreenshots.update=true}, to
 * docs/screenshots/ for the README's admin guide).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPagesBrowserIT {
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
        host = DemoHostProcess.start(dataDir, target.resolve("admin-pages-it-demo-host.log"));
        quickBooks = new LocalQuickBooks(host);
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // the live parts replace their elements
        signIn("admin", "Ada Admin");
        // Sync starts off (the first-run checklist says so); turned on with manual syncs only, so connecting
        // pushes nothing and the first Sync now has every record to push.
        browser.get(host.url(PAGE));
        assertThat(browser.findElement(By.id("lb-first-run")).getText()).contains("Sync is off");
        shot("admin-first-run");
        browser.get(host.url(PAGE + "/configuration"));
        if (!browser.findElement(By.id("lb-enabled")).isSelected()) {
            browser.findElement(By.id("lb-enabled")).click();
        }
        browser.findElement(By.id("lb-autoSyncInterval")).clear();
        browser.findElement(By.id("lb-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"),
                "Settings saved"));
        // Sync now before connecting is refused with the reason and the remedy, not a run that never moves.
        browser.get(host.url(PAGE + "/sync"));
        browser.findElement(By.id("lb-sync-now")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-error"),
                "Sync now cannot run: No active QuickBooks connection"));
        assertThat(browser.findElements(By.cssSelector("tr[data-run]"))).isEmpty();
        browser.get(host.url(PAGE));
        browser.findElement(By.id("lb-connect")).click();
        wait.until(ExpectedConditions.urlContains("/connect/oauth2"));
        browser.findElement(By.cssSelector("input[name=realmId][value='" + LocalQuickBooks.US_REALM + "']")).click();
        browser.findElement(By.id("connect")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("section.lb-connection"), "data-state",
                "CONNECTED"));
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
    void syncNowShowsTheCountsMovingWithoutAReloadAndTheNewRowInRecentSyncs() throws Exception {
        signIn("admin", "Ada Admin");
        open("");
        shot("admin-connection");
        open("/sync");
        quickBooks.slowEveryCall(250);
        try {
            browser.findElement(By.id("lb-sync-now")).click();
            wait.until(ExpectedConditions.urlContains("/sync?run="));
            String runId = browser.findElement(By.id("lb-run")).getDomAttribute("data-run");
            browser.executeScript("window.lbSamePage = true;");
            List<Integer> seen = new ArrayList<>();
            wait.until(d -> {
                WebElement run = d.findElement(By.id("lb-run"));
                int done = count("lb-run-created") + count("lb-run-updated") + count("lb-run-skipped")
                        + count("lb-run-failed");
                if (seen.isEmpty() || seen.get(seen.size() - 1) != done) {
                    seen.add(done);
                }
                return "false".equals(run.getDomAttribute("data-running"));
            });
            assertThat(browser.executeScript("return window.lbSamePage === true")).as("no reload while running")
                    .isEqualTo(true);
            assertThat(seen).as("the counts moved: %s", seen).hasSizeGreaterThanOrEqualTo(2);
            assertThat(seen.get(seen.size() - 1)).isGreaterThan(seen.get(0));
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "#lb-recent-syncs tr[data-run='" + runId + "'][data-state='FINISHED']")));
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells.get(0)).isEqualTo("Sync now");
            assertThat(Integer.parseInt(cells.get(4))).as("created").isPositive();
            assertThat(cells.get(3)).as("ended").isNotEqualTo("—");
        } finally {
            quickBooks.clearFaults();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lb-error-list")));
        shot("admin-sync");
    }

    @Test
    @Order(2)
    void theFailedExpenseIsMappedFromItsRemedyLinkAndThenReachesQuickBooksAsAPurchase() throws Exception {
        open("/sync");
        WebElement failed = errorRow("expense payment method 'cash'");
        String record = failed.getDomAttribute("data-record");
        failed.findElement(By.cssSelector("a[href='" + PAGE + "/mappings#expense_payment_account']")).click();
        wait.until(ExpectedConditions.urlContains("/mappings#expense_payment_account"));

        map("expense_payment_account", "cash", "Checking (Bank)", "Cash");
        map("expense_category_account", "Office supplies", "Office Expenses (Expense)", null);
        shot("admin-mappings");

        open("/sync");
        errorRow(record.substring(record.indexOf(':') + 1)).findElement(By.xpath(
                ".//form[input[@name='action'][@value='retry']]//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"), "Queued"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(quickBooks.entities("Purchase"))
                .anySatisfy(p -> {
                    assertThat(LocalQuickBooks.text(p, "PaymentType")).isEqualTo("Cash");
                    assertThat(LocalQuickBooks.amount(p, "TotalAmt")).isEqualByComparingTo("38.15");
                }));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            open("/sync");
            assertThat(browser.findElements(By.cssSelector("tr[data-record='" + record + "']"))).isEmpty();
        });
    }

    @Test
    @Order(3)
    void aChangedTemplateIsPreviewedLiveAndThenPushedAsTheDisplayName() throws Exception {
        open("/configuration");
        String sample = new Select(browser.findElement(By.id("lb-previewRecord"))).getFirstSelectedOption()
                .getDomAttribute("value");
        assertThat(sample).startsWith("CUSTOMER:");
        String before = previewSent();
        WebElement template = browser.findElement(By.id("lb-customerDisplayNameTemplate"));
        template.clear();
        template.sendKeys("{companyName|contactName} (LB)");
        wait.until(d -> previewSent().equals(before + " (LB)"));
        assertThat(browser.getCurrentUrl()).endsWith(PAGE + "/configuration");
        shot("admin-configuration");

        browser.findElement(By.id("lb-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"),
                "Settings saved"));
        assertThat(browser.findElement(By.id("lb-customerDisplayNameTemplate")).getDomProperty("value"))
                .isEqualTo("{companyName|contactName} (LB)");

        browser.get(host.url("/customers/" + sample.substring("CUSTOMER:".length())));
        browser.findElement(By.id("lb-resync")).click();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(quickBooks.entities("Customer"))
                .extracting(c -> LocalQuickBooks.text(c, "DisplayName")).contains(before + " (LB)"));
    }

    @Test
    @Order(4)
    void anErrorIsRetriedAndThenIgnored() throws Exception {
        open("/sync");
        WebElement failed = errorRow("expense payment method 'credit-card'");
        String record = failed.getDomAttribute("data-record");
        failed.findElement(By.xpath(".//form[input[@name='action'][@value='retry']]//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"),
                "to be pushed again"));
        // Still unmapped, so it fails again and stays on the list.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            open("/sync");
            assertThat(browser.findElements(By.cssSelector("tr[data-record='" + record + "']"))).hasSize(1);
        });
        shot("admin-errors");

        browser.findElement(By.cssSelector("tr[data-record='" + record + "']")).findElement(By.xpath(
                ".//form[input[@name='action'][@value='ignore']]//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"),
                "Ignored the error of"));
        open("/sync");
        assertThat(browser.findElements(By.cssSelector("tr[data-record='" + record + "']"))).isEmpty();
    }

    @Test
    @Order(5)
    void aConflictIsResolvedEachWay() throws Exception {
        String customerId = syncedCustomerQuickBooksId();
        quickBooks.editAsUser("Customer", customerId, "{\"PrimaryPhone\":{\"FreeFormNumber\":\"555-0199\"}}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            open("/conflicts");
            assertThat(browser.findElements(By.cssSelector(".lb-conflict[data-open='true']"))).isNotEmpty();
        });
        shot("admin-conflicts");
        assertThat(browser.findElement(By.cssSelector(".lb-conflict")).getText()).contains("555-0199");
        browser.findElement(By.id("lb-apply_remote-0")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"), "Resolved 1"));

        quickBooks.editAsUser("Customer", customerId, "{\"PrimaryPhone\":{\"FreeFormNumber\":\"555-0111\"}}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            open("/conflicts");
            assertThat(browser.findElements(By.cssSelector(".lb-conflict[data-open='true']"))).isNotEmpty();
        });
        browser.findElement(By.id("lb-keep_host-0")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"), "Resolved 1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(quickBooks.entities("Customer"))
                .filteredOn(c -> customerId.equals(LocalQuickBooks.text(c, "Id")))
                .extracting(c -> LocalQuickBooks.text(c, "PrimaryPhone", "FreeFormNumber")).containsExactly("555-0199"));
    }

    @Test
    @Order(6)
    void anImportRunsAndReportsWhatItFound() throws Exception {
        open("/import");
        browser.findElement(By.id("lb-import-dry")).click();
        browser.findElement(By.id("lb-import-start")).click();
        wait.until(ExpectedConditions.urlContains("/import?id="));
        wait.until(ExpectedConditions.attributeToBe(By.id("lb-import"), "data-running", "false"));
        assertThat(browser.findElement(By.id("lb-import")).getText()).contains("dry run");
        assertThat(browser.findElements(By.cssSelector("#lb-import-progress tr[data-kind='CUSTOMER']"))).hasSize(1);

        // Now for real: QuickBooks' customers and sub-customers the host does not have arrive on its screens.
        open("/import");
        assertThat(browser.findElement(By.id("lb-import-dry")).isSelected()).isFalse();
        browser.findElement(By.id("lb-import-start")).click();
        wait.until(ExpectedConditions.urlContains("/import?id="));
        wait.until(ExpectedConditions.attributeToBe(By.id("lb-import"), "data-running", "false"));
        assertThat(browser.findElement(By.id("lb-import")).getText()).doesNotContain("dry run");
        shot("admin-import");
        browser.get(host.url("/customers"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Bayside Bakery")
                .contains("Cobalt Consulting");
        browser.get(host.url("/projects"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Website Project");
    }

    @Test
    @Order(7)
    void theBooksMatchReportFindsAnInvoiceDeletedInQuickBooksAndUnlinkPushesItAfresh() throws Exception {
        String customerId = syncedCustomerQuickBooksId();
        Map<String, Object> invoice = quickBooks.entities("Invoice").stream()
                .filter(i -> customerId.equals(LocalQuickBooks.text(i, "CustomerRef", "value")))
                // QuickBooks refuses to delete an invoice with payments applied: one nothing was paid on
                .filter(i -> LocalQuickBooks.amount(i, "Balance").signum() > 0
                        && LocalQuickBooks.amount(i, "Balance").compareTo(LocalQuickBooks.amount(i, "TotalAmt")) == 0)
                .findFirst().orElseThrow();
        String number = LocalQuickBooks.text(invoice, "DocNumber");
        quickBooks.deleteAsUser("Invoice", LocalQuickBooks.text(invoice, "Id"));

        open("/books");
        browser.findElement(By.id("lb-books-run")).click();
        // The page reloads itself while the report runs, then shows it with its time.
        WebElement deleted = wait.until(d -> d.findElements(By.cssSelector("#lb-difference-list tr"
                + "[data-cause='DELETED_IN_REMOTE'][data-action='UNLINK']")).stream()
                .filter(r -> r.getText().contains("Invoice " + number)).findFirst().orElse(null));
        assertThat(browser.findElement(By.id("lb-books-when")).getText()).contains("UTC").contains("records compared");
        assertThat(deleted.getText()).contains("deleted in QuickBooks");
        shot("admin-books-match");

        deleted.findElement(By.xpath(".//form[input[@name='action'][@value='unlink']]//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"), "Unlinked"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(quickBooks.entities("Invoice"))
                .extracting(i -> LocalQuickBooks.text(i, "DocNumber")).contains(number));
    }

    @Test
    @Order(8)
    void aNonAdministratorGets403WithTheReasonOnEveryPage() throws Exception {
        signIn("clerk", "Carl Clerk");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        for (String sub : List.of("", "/configuration", "/mappings", "/sync", "/conflicts", "/import", "/books")) {
            browser.get(host.url(PAGE + sub));
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(sub).isEqualTo("Not allowed");
            assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).as(sub)
                    .contains("Carl Clerk does not have it");
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    host.url(PAGE + sub))).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(sub).isEqualTo(403);
        }
        shot("admin-forbidden");
    }

    /**
     * The QuickBooks customer linked to the host's Brightside Dental, found by its e-mail (the template of test 3
     * changes display names). Not just the first customer: the sandbox's seed customers are linked to nothing, so
     * their edits are no conflict.
     */
    private static String syncedCustomerQuickBooksId() throws Exception {
        return quickBooks.entities("Customer").stream()
                .filter(c -> "billing@brightside-dental.example".equals(
                        LocalQuickBooks.text(c, "PrimaryEmailAddr", "Address")))
                .map(c -> LocalQuickBooks.text(c, "Id")).findFirst().orElseThrow();
    }

    /** Maps the unmapped key listed first in a section, choosing the QuickBooks entry by its shown name. */
    private static void map(String section, String key, String remote, String paymentType) {
        browser.get(host.url(PAGE + "/mappings"));
        WebElement row = browser.findElement(By.cssSelector("#lb-table-" + section + " tr.lb-unmapped[data-key='"
                + key + "']"));
        assertThat(row.getText()).contains("used by host records, not mapped");
        new Select(row.findElement(By.cssSelector("select[name^='remoteId.']"))).selectByVisibleText(remote);
        if (paymentType != null) {
            new Select(row.findElement(By.cssSelector("select[name^='extra.']"))).selectByValue(paymentType);
        }
        // One Save for the whole page.
        browser.findElement(By.id("lb-save-all")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"),
                "Saved 1 mapping"));
        assertThat(browser.findElement(By.cssSelector("#lb-table-" + section + " tr[data-key='" + key + "']"))
                .getAttribute("class")).doesNotContain("lb-unmapped");
    }

    private static WebElement errorRow(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("#lb-error-list tr[data-record]")).stream()
                .filter(r -> r.getText().contains(text) || r.getDomAttribute("data-record").endsWith(":" + text))
                .findFirst().orElse(null));
    }

    private static String previewSent() {
        return browser.findElement(By.cssSelector("#lb-preview-table tr[data-field='DisplayName'] .lb-preview-sent"))
                .getText();
    }

    private static int count(String id) {
        return Integer.parseInt(browser.findElement(By.id(id)).getText().strip());
    }

    private static void open(String sub) {
        browser.get(host.url(PAGE + sub));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lb-tabs")));
    }

    private static void signIn(String user, String displayName) {
        HeadlessChromium.signIn(browser, wait, host, user, displayName);
    }

    private static void shot(String name) throws IOException {
        HeadlessChromium.screenshotForDocs(browser, name);
    }
}
