package io.ledgerbridge.ui.connection;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static io.ledgerbridge.ui.testing.FakeHttp.CLERK;
import static io.ledgerbridge.ui.testing.FakeHttp.CSRF;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.testing.FakeConnector;
import io.ledgerbridge.ui.testing.FakeHttp;
import io.ledgerbridge.ui.testing.FakeHttp.Answer;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ConnectionPageTest {
    final FakeConnector connector = new FakeConnector();
    final ConnectionPage page = new ConnectionPage(connector);

    @Test
    void connectedShowsTheCompanyEscapedTheTabsAndTheDownloadsWithTheirFileNames() {
        Answer a = FakeHttp.get(null, ADMIN).param("m", "connected").send(page);

        assertThat(a.status).isEqualTo(200);
        assertThat(a.body()).contains("<style id=\"lb-styles\">").contains(".lb-pill-green{")
                .contains("data-state=\"CONNECTED\"").contains("QuickBooks connected")
                .contains("Sandbox &lt;Co&gt;").doesNotContain("Sandbox <Co>")
                .contains("2026-12-06 09:00 UTC")
                .contains("href=\"/ledgerbridge/quickbooks/diagnostics/customers\"")
                .contains("download=\"quickbooks-customers.json\"").contains("quickbooks-&lt;list&gt;.json")
                .contains("id=\"lb-tab-configuration\"").contains("href=\"/ledgerbridge/quickbooks/mappings\"")
                .contains("name=\"ledgerbridge_csrf\" value=\"tok&quot;en\"");
    }

    @Test
    void disconnectAsksForConfirmationFirstAndDisconnectsOnlyWhenConfirmed() {
        Answer ask = FakeHttp.post(null, ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "disconnect")
                .send(page);

        assertThat(ask.body()).contains("Disconnect QuickBooks?").contains("id=\"lb-confirm-disconnect\"")
                .contains("name=\"confirm\" value=\"yes\"");
        assertThat(connector.connected).isTrue();

        Answer done = FakeHttp.post(null, ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "disconnect")
                .param("confirm", "yes").send(page);

        assertThat(connector.connected).isFalse();
        assertThat(done.body()).contains("data-state=\"DISCONNECTED\"").contains("id=\"lb-connect\"");
    }

    @Test
    void connectSendsIntuitTheConfiguredRedirectUriNotOneBuiltFromTheHostsAddress() {
        // behind a proxy the host sees itself as http://127.0.0.1:8080; Intuit knows only the registered public URI
        connector.connected = false;
        connector.configuredRedirect = URI.create("https://erp.example.com/ledgerbridge/oauth/callback");

        Answer a = FakeHttp.post(null, ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "connect").send(page);

        assertThat(a.redirect).isEqualTo("http://127.0.0.1:9/authorize");
        assertThat(connector.beganWith).isEqualTo(URI.create("https://erp.example.com/ledgerbridge/oauth/callback"));
    }

    @Test
    void withoutAConfiguredRedirectUriConnectBuildsTheCallbackBesideThisPage() {
        connector.connected = false;

        FakeHttp.post(null, ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "connect").send(page);

        assertThat(connector.beganWith).isEqualTo(URI.create("http://127.0.0.1:8080/ledgerbridge/oauth/callback"));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Answer a = FakeHttp.post(null, ADMIN).param("ledgerbridge_csrf", "forged").param("action", "disconnect")
                .param("confirm", "yes").send(page);

        assertThat(a.status).isEqualTo(403);
        assertThat(a.error).contains("CSRF token missing or wrong");
        assertThat(connector.connected).isTrue();
    }

    @Test
    void aNonAdministratorIsRefusedOnEverySubPageWithTheReason() {
        for (String path : new String[] {null, "/configuration", "/mappings", "/sync", "/conflicts", "/import"}) {
            Answer a = FakeHttp.get(path, CLERK).send(page);

            assertThat(a.status).as(path).isEqualTo(403);
            assertThat(a.error).as(path).isEqualTo("Only administrators can manage the QuickBooks integration");
        }
    }

    @Test
    void unknownSubPathsAnswer404() {
        assertThat(FakeHttp.get("/nonsense", ADMIN).send(page).status).isEqualTo(404);
        assertThat(FakeHttp.get("/sync/nonsense", ADMIN).send(page).status).isEqualTo(404);
        assertThat(FakeHttp.get("/diagnostics/nonsense", ADMIN).send(page).status).isEqualTo(404);
        assertThat(FakeHttp.get("/configuration/x", ADMIN).send(page).status).isEqualTo(404);
    }

    @Test
    void aDownloadAnswersWithItsFileName() {
        Answer a = FakeHttp.get("/diagnostics/invoices", ADMIN).send(page);

        assertThat(a.headers).containsEntry("Content-Disposition", "attachment; filename=\"quickbooks-invoices.json\"");
        assertThat(a.body()).isEqualTo("[]");
    }

    @Test
    void theConnectedFlashIsShownOnlyWhileTheConnectionIsUp() {
        assertThat(ConnectionPage.flash("connected", ConnectionState.CONNECTED)).isEqualTo(Notice.ok(
                "QuickBooks connected"));
        assertThat(ConnectionPage.flash("connected", ConnectionState.DISCONNECTED)).isNull();
        assertThat(ConnectionPage.flash(null, ConnectionState.CONNECTED)).isNull();
    }

    @Test
    void callbackSitsBesideTheConnectionPage() {
        assertThat(FakeHttp.post(null, ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "connect").send(page)
                .redirect).isEqualTo("http://127.0.0.1:9/authorize");
    }

    /** Issue 17 §6: the demo pushed its sample data before the administrator had looked at the settings. */
    @Test
    void whileSyncIsOffTheFirstRunChecklistLeadsToConnectReviewAndTurnOn() {
        connector.connected = false;
        connector.unmapped.put(io.ledgerbridge.api.settings.MappingKind.ITEM, java.util.List.of("consulting", "audit"));
        String body = FakeHttp.get("", ADMIN).send(page).body();
        assertThat(body).contains("id=\"lb-first-run\"").contains("Sync is off: nothing of this organisation is pushed")
                .contains("Connect QuickBooks with the button below")
                .contains("href=\"/ledgerbridge/quickbooks/mappings\">Mappings</a> — 2 keys used by host records are "
                        + "not mapped yet")
                .contains("Turn sync on: tick “Sync enabled” in");

        connector.connected = true;
        assertThat(FakeHttp.get("", ADMIN).send(page).body()).contains("<li id=\"lb-first-connect\" class=\"lb-done\">");
        connector.stored = connector.stored.toBuilder().enabled(true).build();
        assertThat(FakeHttp.get("", ADMIN).send(page).body()).doesNotContain("lb-first-run");
    }

    /** Issue 17 §5: the page blamed the same cause twice, and did not say how old its "Connected" was. */
    @Test
    void theStatusSaysWhenItWasLastCheckedAndAFailedTestNamesTheCauseOnce() {
        assertThat(FakeHttp.get("", ADMIN).send(page).body())
                .contains("As QuickBooks last answered at 2026-12-06 09:00 UTC");
        connector.reconnectCause = "Reconnect required: access was revoked in QuickBooks";

        String body = FakeHttp.post("", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "test").send(page)
                .body();

        assertThat(body.split("access was revoked in QuickBooks", -1)).hasSize(2);
        assertThat(FakeHttp.get("", ADMIN).send(page).body().split("access was revoked in QuickBooks", -1))
                .hasSize(2);
    }
}
