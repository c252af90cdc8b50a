package io.ledgerbridge.itests.browser;

import io.ledgerbridge.itests.demo.DemoHostProcess;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver under Selenium. Selenium Manager would try to download a driver, which cannot
 * work offline, so both executables are given by path; a machine without them fails with the command to install them.
 */
final class HeadlessChromium {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Fails (never skips) when Chromium or its driver is not installed, saying how to install them. */
    static void requireInstalled() {
        for (File executable : new File[] {CHROMIUM, CHROMEDRIVER}) {
            if (!executable.canExecute()) {
                throw new AssertionError(executable + " is missing; the browser tests need Debian's Chromium and its "
                        + "driver: run 'apt-get install -y chromium chromium-driver'");
            }
        }
    }

    /**
     * @param profile an empty folder for the browser's profile (one per test class: no cookies carried over)
     * @return a headless browser
     */
    static ChromeDriver start(Path profile) {
        requireInstalled();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.getPath());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                        "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * @param driver the browser
     * @param name the file name without extension
     * @return the PNG written under {@code itests/target/screenshots/}
     * @throws IOException when the file cannot be written
     */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("ledgerbridge.reactor.dir", ".."), "itests", "target", "screenshots");
        Files.createDirectories(dir);
        Path target = dir.resolve(name + ".png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * Prints the demo host's output and the page the browser is on when a test fails.
     *
     * @param host the host, or {@code null} before it started
     * @param browser the browser, or {@code null} before it started
     * @return the watcher to register
     */
    static TestWatcher reportOnFailure(Supplier<DemoHostProcess> host, Supplier<ChromeDriver> browser) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                if (host.get() != null) {
                    System.err.println("--- demo host output (" + context.getDisplayName() + " failed) ---\n"
                            + host.get().output());
                }
                if (browser.get() != null) {
                    System.err.println("--- browser at " + browser.get().getCurrentUrl() + " ---\n"
                            + browser.get().getPageSource());
                }
            }
        };
    }

    /**
     * Signs in on the demo host's sign-in page as one of its users.
     *
     * @param browser the browser
     * @param wait its wait
     * @param host the host
     * @param user the user's id
     * @param displayName the name the header then shows
     */
    static void signIn(ChromeDriver browser, WebDriverWait wait, DemoHostProcess host, String user,
            String displayName) {
        browser.get(host.url("/signin"));
        browser.findElement(By.id("u-" + user)).click();
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), displayName));
    }

    /**
     * Signs the administrator in, turns auto-sync off (so connecting pushes nothing and the first Sync now has every
     * record to push) and connects the sandbox's US company.
     */
    static void connectWithManualSync(ChromeDriver browser, WebDriverWait wait, DemoHostProcess host) {
        signIn(browser, wait, host, "admin", "Ada Admin");
        browser.get(host.url("/ledgerbridge/quickbooks/configuration"));
        // Sync starts off in the demo host (its first-run checklist): turned on here, with manual syncs only.
        if (!browser.findElement(By.id("lb-enabled")).isSelected()) {
            browser.findElement(By.id("lb-enabled")).click();
        }
        browser.findElement(By.id("lb-autoSyncInterval")).clear();
        browser.findElement(By.id("lb-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-notice-ok"),
                "Settings saved"));
        browser.get(host.url("/ledgerbridge/quickbooks"));
        browser.findElement(By.id("lb-connect")).click();
        wait.until(ExpectedConditions.urlContains("/connect/oauth2"));
        browser.findElement(By.cssSelector("input[name=realmId][value='"
                + io.ledgerbridge.itests.demo.LocalQuickBooks.US_REALM + "']")).click();
        browser.findElement(By.id("connect")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("section.lb-connection"), "data-state",
                "CONNECTED"));
    }

    /**
     * A PNG of the page in the build's own folder; with {@code -Dscreenshots.update=true} also for the docs
     * (docs/screenshots/), so an ordinary build leaves the checkout as it was.
     */
    static void screenshotForDocs(ChromeDriver browser, String name) throws IOException {
        Path png = screenshot(browser, name);
        if (Boolean.getBoolean("screenshots.update")) {
            Path docs = Path.of(System.getProperty("ledgerbridge.reactor.dir", ".."), "docs", "screenshots");
            Files.createDirectories(docs);
            Files.copy(png, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
