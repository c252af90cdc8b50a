package io.ledgerbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged demo host exactly as the README does ({@code java -jar target/demo-host.jar}), on a free port
 * with a temporary data folder, and drives it over HTTP like a browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoHostIT {
    @TempDir
    static Path dataDir;

    private static int port;
    private static Process host;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        host = launch();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (host != null) {
            host.destroy();
            host.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process launch() throws IOException {
        Path jar = Path.of(System.getProperty("demo.host.jar", "target/demo-host.jar")).toAbsolutePath();
        File log = jar.resolveSibling("demo-host-it.log").toFile();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--port", Integer.toString(port), "--data-dir", dataDir.toString(), "--sandbox-port", "0",
                "--example-contributions").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        Browser probe = new Browser(port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> probe.get("/signin").statusCode() == 200);
        return process;
    }

    @Test
    @Order(1)
    void everyHostScreenRendersInTheChromeWithTheSampleData() throws Exception {
        Browser admin = new Browser(port).signIn("admin");

        for (String path : List.of("/", "/customers", "/projects", "/invoices", "/expenses", "/notifications",
                "/events", "/connector", "/customers/new", "/invoices/new", "/expenses/new", "/projects/new")) {
            HttpResponse<String> page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<nav>").contains("Tenant <strong>demo</strong>");
        }
        assertThat(admin.get("/customers").body()).contains("Acme Roofing Ltd").contains("no e-mail");
        assertThat(admin.get("/invoices").body()).contains("partially paid").contains("voided").contains("draft");
        assertThat(new Browser(port).get("/customers").statusCode()).as("signed out").isEqualTo(302);
        assertThat(new Browser(port).signIn("admin2").get("/customers").body()).contains("Globex")
                .doesNotContain("Acme Roofing");
    }

    @Test
    @Order(2)
    void aFormChangePersistsAndIsPublishedOnTheEventBus() throws Exception {
        Browser clerk = new Browser(port).signIn("clerk");

        HttpResponse<String> created = clerk.post("/customers", Map.of("companyName", "Initech", "email",
                "ap@initech.example", "city", "Austin"));

        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(clerk.get("/customers/" + id).body()).contains("Initech").contains("ap@initech.example");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(clerk.get("/events").body())
                .contains("io/ledgerbridge/host/customer/CHANGED</code></td><td>" + id));

        HttpResponse<String> paid = clerk.post("/invoices/INV-1008/payments", Map.of("amount", "100", "paidOn",
                "2026-03-01", "method", "cheque", "reference", "CHQ-1"));
        assertThat(paid.statusCode()).isEqualTo(302);
        assertThat(clerk.get("/invoices/INV-1008").body()).contains("partially paid").contains("CHQ-1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(clerk.get("/events").body())
                .contains("io/ledgerbridge/host/invoice/PAID</code></td><td>INV-1008"));
    }

    @Test
    @Order(3)
    void aBadFormIsRefusedNamingTheFieldAndAPostWithoutTokenIsForbidden() throws Exception {
        Browser admin = new Browser(port).signIn("admin");

        HttpResponse<String> refused = admin.post("/customers", Map.of("companyName", "Bad Mail Inc", "email", "nope"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was saved").contains("E-mail &#39;nope&#39; is not an e-mail address")
                .contains("Write it as name@example.com").contains("value=\"Bad Mail Inc\"");
        assertThat(admin.get("/customers").body()).doesNotContain("Bad Mail Inc");

        HttpResponse<String> expense = admin.post("/expenses", Map.of("vendorName", "Staples", "amount", "0",
                "category", "Travel", "paymentMethod", "cash", "spentOn", "2026-03-01"));
        assertThat(expense.statusCode()).isEqualTo(422);
        assertThat(expense.body()).contains("Amount must be greater than 0");

        HttpResponse<String> forged = admin.postWithoutToken("/customers", Map.of("companyName", "Forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("security token (ledgerbridge_csrf) is missing");
    }

    @Test
    @Order(3)
    void signInNeedsItsFormsTokenAndSendsTheBrowserOnlyToAPathOnThisSite() throws Exception {
        Browser forged = new Browser(port);
        HttpResponse<String> noToken = forged.postWithoutToken("/signin", Map.of("user", "admin", "next", "/"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("sign-in form was not accepted").contains("ledgerbridge_csrf");
        assertThat(forged.get("/customers").statusCode()).as("not signed in").isEqualTo(302);

        for (String offSite : List.of("/\\evil.example", "//evil.example", "https://evil.example/")) {
            HttpResponse<String> signedIn = new Browser(port).signIn("admin", offSite);
            assertThat(signedIn.statusCode()).as(offSite).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).as(offSite).hasValueSatisfying(
                    location -> assertThat(URI.create("http://127.0.0.1:" + port + "/").resolve(location))
                            .isEqualTo(URI.create("http://127.0.0.1:" + port + "/")));
        }
        HttpResponse<String> onSite = new Browser(port).signIn("admin", "/invoices?status=open");
        assertThat(onSite.headers().firstValue("Location").orElseThrow()).endsWith("/invoices?status=open");
    }

    @Test
    @Order(4)
    void contributedPagesAreWrappedRoleCheckedAndPassedThroughAndPanelsShowOnRecords() throws Exception {
        Browser admin = new Browser(port).signIn("admin");
        Browser clerk = new Browser(port).signIn("clerk");

        HttpResponse<String> page = admin.get("/ledgerbridge/example");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<nav>").contains("<h4>Settings/Examples</h4>")
                .contains("mounted at <code>/ledgerbridge/example</code>");
        HttpResponse<String> json = admin.get("/ledgerbridge/example/status");
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/json"));
        assertThat(json.body()).isEqualTo("{\"tenant\":\"demo\",\"note\":\"(none)\"}");
        HttpResponse<String> saved = admin.post("/ledgerbridge/example", Map.of("note", "hello"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/ledgerbridge/example").body()).contains("<span id=\"note\">hello</span>");
        assertThat(admin.postWithoutToken("/ledgerbridge/example", Map.of("note", "forged")).statusCode())
                .isEqualTo(403);

        HttpResponse<String> refused = clerk.get("/ledgerbridge/example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("is for users with the administrator role");
        assertThat(clerk.get("/").body()).doesNotContain("/ledgerbridge/example");
        assertThat(clerk.get("/customers/CUS-1001").body()).contains("This panel was contributed for <strong>customer "
                + "CUS-1001</strong>");
    }

    @Test
    @Order(5)
    void theLocalSandboxRunsBesideTheHostAndTheConnectorIsPointedAtIt() throws Exception {
        String page = new Browser(port).signIn("admin").get("/connector").body();
        Matcher target = Pattern.compile("<dd id=\"qbo-target\">sandbox-local at (http://127\\.0\\.0\\.1:\\d+)</dd>")
                .matcher(page);
        assertThat(target.find()).as(page).isTrue();
        assertThat(page).contains("http://127.0.0.1:" + port + "/ledgerbridge/oauth/callback");

        HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(target.group(1) + "/_sandbox")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isLessThan(500);
    }

    @Test
    @Order(6)
    void aSecondStartKeepsTheDataAndWritesNoSecondSample() throws Exception {
        String before = new Browser(port).signIn("admin").get("/customers").body();
        host.destroy();
        assertThat(host.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        assertThat(Files.exists(dataDir.resolve("host.mv.db"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("qbo-sandbox-snapshot.json"))).as("sandbox saved on stop").isTrue();

        host = launch();

        String after = new Browser(port).signIn("admin").get("/customers").body();
        assertThat(after).contains("Initech");
        assertThat(after.split("Acme Roofing Ltd", -1)).hasSameSizeAs(before.split("Acme Roofing Ltd", -1));
    }
}
