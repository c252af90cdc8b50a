package io.ledgerbridge.itests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.itests.demo.DemoHostProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Settings → Integrations → QuickBooks in a real headless Chromium against the packaged demo host and its local
 * QuickBooks: what an administrator sees while connecting, testing, disconnecting and reconnecting, what a user who
 * declines on Intuit's page sees, that a non-administrator is refused, and that tenants do not share a connection.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuickBooksPageBrowserIT {
    private static final String US_REALM = "9130350000000001";
    private static final String PAGE = "/ledgerbridge/quickbooks";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path profile;

    private static DemoHostProcess host;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @RegisterExtension
    static final TestWatcher HOST_OUTPUT_ON_FAILURE = HeadlessChromium.reportOnFailure(() -> host, () -> browser);

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.requireInstalled();
        Path target = Path.of(System.getProperty("ledgerbridge.reactor.dir", ".."), "itests", "target");
        host = DemoHostProcess.start(dataDir, target.resolve("browser-it-demo-host.log"));
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // an element found just before the page was replaced
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
    void declineOnTheAuthorizePageShowsTheDeclineMessageAndLeavesQuickBooksDisconnected() throws IOException {
        signIn("admin", "Ada Admin");
        openQuickBooksFromNavigation();
        assertState("DISCONNECTED");
        HeadlessChromium.screenshot(browser, "quickbooks-disconnected");

        browser.findElement(By.id("lb-connect")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cancel"))).click();

        WebElement declined = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".lb-callback .lb-notice-error")));
        assertThat(browser.getCurrentUrl()).contains("/ledgerbridge/oauth/callback?error=access_denied");
        assertThat(declined.getText())
                .contains("QuickBooks connection cancelled: access was not granted on Intuit's page")
                .contains("click Connect QuickBooks again and choose Connect to grant access");
        HeadlessChromium.screenshot(browser, "quickbooks-declined");
        browser.findElement(By.id("lb-back")).click();
        waitForState("DISCONNECTED");
        assertPill("Disconnected", Colour.GREY);
    }

    @Test
    @Order(2)
    void adminConnectsTestsDisconnectsAndReconnects() throws IOException {
        signIn("admin", "Ada Admin");
        openQuickBooksFromNavigation();
        assertState("DISCONNECTED");
        assertThat(notices()).anyMatch(n -> n.contains("No active QuickBooks connection"));
        assertPill("Disconnected", Colour.GREY);
        assertThat(colour(browser.findElement(By.id("lb-connect")).getCssValue("background-color")))
                .as("the Connect button is QuickBooks green, not the host's navy").isEqualTo(Colour.GREEN);

        browser.findElement(By.id("lb-connect")).click();
        authorizeUsCompany();

        waitForState("CONNECTED");
        assertThat(browser.getCurrentUrl()).endsWith(PAGE + "?m=connected");
        assertThat(notices()).anyMatch(n -> n.contains("QuickBooks connected"));
        assertPill("Connected", Colour.GREEN);
        assertThat(detail("Company")).isEqualTo("Sandbox Company US");
        assertThat(detail("Realm ID")).isEqualTo(US_REALM);
        HeadlessChromium.screenshot(browser, "quickbooks-connected");

        WebElement test = browser.findElement(By.id("lb-test"));
        test.click();
        wait.until(ExpectedConditions.stalenessOf(test));
        waitForState("CONNECTED");
        assertThat(browser.findElement(By.cssSelector(".lb-notice-ok")).getText())
                .matches("(?s)Connection test passed \\(\\d+ ms\\)\\s+Connected to Sandbox Company US \\(US\\), realm "
                        + US_REALM + ".*");
        HeadlessChromium.screenshot(browser, "quickbooks-tested");

        browser.findElement(By.id("lb-disconnect")).click();
        // Disconnecting asks first; nothing changes until it is confirmed.
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("lb-confirm-disconnect")));
        assertState("CONNECTED");
        assertThat(browser.findElement(By.id("lb-confirm")).getText()).contains("Disconnect QuickBooks?");
        confirm.click();
        waitForState("DISCONNECTED");
        assertPill("Disconnected", Colour.GREY);
        assertThat(notices()).anyMatch(n -> n.startsWith("QuickBooks disconnected; the tokens were deleted")
                && n.contains("Past synced records stay in QuickBooks; nothing new is pushed."));
        assertThat(browser.findElements(By.cssSelector(".lb-details"))).isEmpty();

        browser.findElement(By.id("lb-connect")).click();
        authorizeUsCompany();
        waitForState("CONNECTED");
        assertPill("Connected", Colour.GREEN);
        assertThat(detail("Company")).isEqualTo("Sandbox Company US");
    }

    @Test
    @Order(3)
    void anotherTenantsAdministratorStillSeesDisconnected() {
        signIn("admin", "Ada Admin");
        browser.get(host.url(PAGE));
        if (!"CONNECTED".equals(state())) {
            browser.findElement(By.id("lb-connect")).click();
            authorizeUsCompany();
            waitForState("CONNECTED");
        }

        signIn("admin2", "Bea Boss");
        openQuickBooksFromNavigation();

        assertState("DISCONNECTED");
        assertPill("Disconnected", Colour.GREY);
        assertThat(browser.findElements(By.cssSelector(".lb-details"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Sandbox Company US");
    }

    @Test
    @Order(4)
    void aNonAdministratorGets403WithTheReasonAndNoConnectButton() throws Exception {
        signIn("clerk", "Carl Clerk");
        assertThat(browser.findElements(By.cssSelector("nav a[href='" + PAGE + "']"))).isEmpty();

        browser.get(host.url(PAGE));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("'QuickBooks' is for "
                + "users with the administrator role, and Carl Clerk does not have it. Ask an administrator of tenant "
                + "demo, or sign in as one.");
        assertThat(browser.findElements(By.id("lb-connect"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".lb-connection"))).isEmpty();
        HeadlessChromium.screenshot(browser, "quickbooks-forbidden");
        // WebDriver does not expose the status; ask again with the browser's session cookie.
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.url(PAGE)))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Carl Clerk does not have it");
    }

    private static void signIn(String user, String displayName) {
        HeadlessChromium.signIn(browser, wait, host, user, displayName);
    }

    private static void openQuickBooksFromNavigation() {
        List<String> headings = browser.findElements(By.cssSelector("nav h4")).stream().map(WebElement::getText)
                .toList();
        // The host upper-cases headings in CSS; the DOM keeps the category as written.
        assertThat(headings).map(String::toLowerCase).contains("settings/integrations");
        WebElement link = browser.findElement(By.cssSelector("nav a[href='" + PAGE + "']"));
        assertThat(link.getText()).isEqualTo("QuickBooks");
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.lb-connection")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("QuickBooks");
    }

    /** On the local QuickBooks' authorize page: pick the US company and grant access. */
    private static void authorizeUsCompany() {
        wait.until(ExpectedConditions.urlContains("/connect/oauth2"));
        WebElement us = browser.findElement(By.cssSelector("input[name=realmId][value='" + US_REALM + "']"));
        assertThat(us.findElement(By.xpath("..")).getText()).contains("Sandbox Company US");
        us.click();
        browser.findElement(By.id("connect")).click();
    }

    private static void waitForState(String state) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("section.lb-connection"), "data-state", state));
    }

    private static void assertState(String state) {
        assertThat(state()).isEqualTo(state);
    }

    private static String state() {
        return browser.findElement(By.cssSelector("section.lb-connection")).getDomAttribute("data-state");
    }

    private static List<String> notices() {
        return browser.findElements(By.cssSelector(".lb-notice")).stream().map(WebElement::getText).toList();
    }

    private static String detail(String label) {
        return browser.findElement(By.xpath("//table[contains(@class,'lb-details')]//tr[th='" + label + "']/td"))
                .getText();
    }

    private static void assertPill(String text, Colour colour) {
        WebElement pill = browser.findElement(By.id("lb-status"));
        assertThat(pill.getText()).isEqualTo(text);
        assertThat(colour(pill.getCssValue("background-color"))).as("pill background").isEqualTo(colour);
        assertThat(pill.getCssValue("border-top-left-radius")).as("a pill is rounded").isNotEqualTo("0px");
    }

    /** What a user would call a computed CSS colour. */
    private enum Colour { GREEN, AMBER, GREY, OTHER }

    private static Colour colour(String css) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)").matcher(css);
        assertThat(m.find()).as("a colour: " + css).isTrue();
        if (m.group(4) != null && Double.parseDouble(m.group(4)) < 0.5) {
            return Colour.OTHER; // transparent: the stylesheet did not apply
        }
        int r = Integer.parseInt(m.group(1));
        int g = Integer.parseInt(m.group(2));
        int b = Integer.parseInt(m.group(3));
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) < 16) {
            return Colour.GREY;
        }
        if (g > r + 15 && g > b + 15) {
            return Colour.GREEN;
        }
        return r > b + 40 && g > b + 20 ? Colour.AMBER : Colour.OTHER;
    }
}
