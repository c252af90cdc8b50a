package io.ledgerbridge.demo.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.demo.host.ui.ContributionRegistry;
import io.ledgerbridge.demo.host.ui.FragmentResponse;
import io.ledgerbridge.demo.host.ui.SignedIn;
import io.ledgerbridge.demo.host.ui.TestContributions;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The host's chrome and templates as a browser receives them. */
class ChromeTest {
    private static final HostUser ADMIN = new HostUser("admin", "Ann \"<i>\"", null, TenantId.of("demo"), true);
    private static final HostUser CLERK = new HostUser("clerk", "Carl", null, TenantId.of("demo"), false);

    private final ContributionRegistry registry = new ContributionRegistry();
    private final Chrome chrome = new Chrome(registry, new Templates());
    /** Keeps the whole answer back, as the host does with a record panel's. */
    private FragmentResponse response = newResponse();

    private static FragmentResponse newResponse() {
        return new FragmentResponse((HttpServletResponse) Proxy.newProxyInstance(ChromeTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> null), true);
    }

    private String contributedPage(HostUser user, String path, String title, String html) throws IOException {
        response = newResponse();
        chrome.write(response, 200, new SignedIn(user, "token-1", "session-1"), path, "contributed.ftlh",
                Map.of("title", title, "html", html), "Saved <it>.");
        return response.fragment();
    }

    @Test
    void theNavigationLinksTheQuickBooksSettingsPagesForAdministratorsOnly() throws IOException {
        TestContributions.bind(registry, new HttpServlet() { }, Map.of(UiContribution.PROPERTY_LABEL, "quickbooks",
                UiContribution.PROPERTY_TITLE, "QuickBooks", UiContribution.PROPERTY_CATEGORY, "Settings/Integrations"));

        String admin = contributedPage(ADMIN, "/ledgerbridge/quickbooks/diagnostics", "QuickBooks", "<p>ok</p>");

        assertThat(admin).contains("<h4>Settings/Integrations</h4>")
                .contains("<a href=\"/ledgerbridge/quickbooks\" class=\"active\">QuickBooks</a>")
                .contains("<a href=\"/customers\">Customers</a>");
        assertThat(contributedPage(CLERK, "/", "Home", "")).contains("<a href=\"/\" class=\"active\">Home</a>")
                .doesNotContain("/ledgerbridge/quickbooks").doesNotContain("Settings/Integrations");
    }

    @Test
    void everyValueIsEscapedAndOnlyTheContributedFragmentIsPlacedAsRendered() throws IOException {
        String page = contributedPage(ADMIN, "/ledgerbridge/x", "Q&A <b>", "<p id=\"fragment\">as <em>rendered</em></p>");

        assertThat(response.status()).isEqualTo(200);
        assertThat(page).contains("<p id=\"fragment\">as <em>rendered</em></p>")
                .contains("<h1>Q&amp;A &lt;b&gt;</h1>").contains("Ann &quot;&lt;i&gt;&quot; (administrator)")
                .contains("<div class=\"flash\" role=\"status\">Saved &lt;it&gt;.</div>")
                .contains("<input type=\"hidden\" name=\"" + UiContribution.CSRF_PARAMETER + "\" value=\"token-1\">")
                .doesNotContain("<b>").doesNotContain("<i>");
    }

    @Test
    void theSignInPageHasNoNavigationAndKeepsWhereToGoNext() throws IOException {
        chrome.write(response, 422, null, "/signin", "signin.ftlh", Map.of("users", List.of(ADMIN, CLERK),
                "next", "/invoices?x=\"1\"", "refused", true, "csrfParameter", "ledgerbridge_csrf", "csrfToken",
                "sign\"in"), null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.fragment()).doesNotContain("<nav>").doesNotContain("Sign out")
                .contains("User: choose one of the demo users below.")
                .contains("<input type=\"hidden\" name=\"next\" value=\"/invoices?x=&quot;1&quot;\">")
                .contains("id=\"u-admin\" value=\"admin\" checked>")
                .contains("<input type=\"hidden\" name=\"ledgerbridge_csrf\" value=\"sign&quot;in\">");
    }

    @Test
    void onlyTheLayoutsContributedMacroWritesUnescapedHtml() throws IOException, URISyntaxException {
        Path root = Path.of(Templates.class.getResource(Templates.ROOT).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".ftlh")).toList();
            assertThat(templates).hasSizeGreaterThan(15);
            for (Path template : templates) {
                String text = Files.readString(template);
                assertThat(text).as(template.toString()).doesNotContain("noautoesc").doesNotContain("?markup_string")
                        .doesNotContain("<#outputformat");
                long unescaped = text.split("\\?no_esc}", -1).length - 1;
                assertThat(unescaped).as(template.toString())
                        .isEqualTo(template.getFileName().toString().equals("layout.ftlh") ? 1 : 0);
            }
        }
    }
}
