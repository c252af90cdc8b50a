package io.ledgerbridge.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.ui.page.PageRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectionViewTest {
    private static final TenantId T = TenantId.of("demo");
    private static final PageRequest PAGE = new PageRequest(new HostUser("admin", "Ada", null, T, true), "tok\"en",
            "/ledgerbridge/quickbooks", "http://127.0.0.1:8080", "s1");

    @Test
    void disconnectedShowsTheProductMessageAndAConnectButtonWithCsrf() {
        String html = ConnectionView.render(PAGE, ConnectionStatus.disconnected(T), null, null);

        assertThat(html).contains("Disconnected").contains("No active QuickBooks connection")
                .contains("id=\"lb-connect\"").contains(">Connect QuickBooks<")
                .contains("name=\"ledgerbridge_csrf\" value=\"tok&quot;en\"")
                .doesNotContain("lb-disconnect").doesNotContain("diagnostics");
    }

    @Test
    void connectedShowsGreenPillCompanyAndTokenHealth() {
        ConnectionStatus status = new ConnectionStatus(T, ConnectionState.CONNECTED, "Sandbox <Company> US",
                "9130350000000001", "sandbox", "US", "USD", Instant.parse("2026-11-21T10:00:00Z"),
                Instant.parse("2027-03-01T10:00:00Z"), Instant.parse("2031-11-21T10:00:00Z"), null, null);

        String html = ConnectionView.render(PAGE, status, new ConnectionView.Notice("ok", "QuickBooks connected", null),
                null);

        assertThat(html).contains("lb-pill-green").contains("QuickBooks connected")
                .contains("Sandbox &lt;Company&gt; US").doesNotContain("<Company>")
                .contains("2026-11-21 10:00 UTC").contains("2031-11-21 10:00 UTC")
                .contains("id=\"lb-test\"").contains("id=\"lb-disconnect\"")
                .contains("href=\"/ledgerbridge/quickbooks/diagnostics/customers\"")
                .contains("href=\"/ledgerbridge/quickbooks/diagnostics/sub-customers\"")
                .contains("href=\"/ledgerbridge/quickbooks/diagnostics/invoices\"");
    }

    @Test
    void reconnectRequiredShowsTheRefreshFailureAndItsRemedy() {
        ConnectionStatus status = new ConnectionStatus(T, ConnectionState.RECONNECT_REQUIRED, "Co", "1", "sandbox",
                "US", "USD", null, null, null, "Token refresh failed", "disconnect and reconnect");

        String html = ConnectionView.render(PAGE, status, null, null);

        assertThat(html).contains("lb-pill-amber").contains("Token refresh failed")
                .contains("disconnect and reconnect").contains(">Reconnect<");
    }

    @Test
    void failedTestShowsMessageRemedyAndDuration() {
        ConnectionStatus status = ConnectionStatus.disconnected(T);
        String html = ConnectionView.render(PAGE, status, null,
                new ConnectionTest(false, status, "Token refresh failed", "reconnect", Duration.ofMillis(42)));

        assertThat(html).contains("Token refresh failed (42 ms)").contains("lb-notice-error");
    }

    @Test
    void disconnectedLeavesOutTheGenericRemedyBecauseTheConnectButtonIsRightThere() {
        String html = ConnectionView.render(PAGE, ConnectionStatus.disconnected(T), null, null);

        assertThat(html).contains("lb-notice-info").doesNotContain("Connect QuickBooks in Settings, Integrations");
    }

    @Test
    void aTestResultIsShownAboveTheDetails() {
        ConnectionStatus status = new ConnectionStatus(T, ConnectionState.CONNECTED, "Co", "1", "sandbox", "US", "USD",
                null, null, null, null, null);

        String html = ConnectionView.render(PAGE, status, null,
                new ConnectionTest(true, status, "Connected to Co", null, Duration.ofMillis(7)));

        assertThat(html).contains("<p class=\"lb-message\">Connection test passed (7 ms)</p>"
                + "<p class=\"lb-remedy\">Connected to Co</p>");
        assertThat(html.indexOf("Connection test passed")).isLessThan(html.indexOf("lb-details"));
    }

    @Test
    void theConnectedFlashIsShownOnlyWhileTheConnectionIsUp() {
        assertThat(ConnectionPage.flash("connected", ConnectionState.CONNECTED))
                .isEqualTo(new ConnectionView.Notice("ok", "QuickBooks connected", null));
        assertThat(ConnectionPage.flash("connected", ConnectionState.DISCONNECTED)).isNull();
        assertThat(ConnectionPage.flash("connected", ConnectionState.RECONNECT_REQUIRED)).isNull();
        assertThat(ConnectionPage.flash(null, ConnectionState.CONNECTED)).isNull();
        assertThat(ConnectionPage.flash("other", ConnectionState.CONNECTED)).isNull();
    }

    @Test
    void aDisconnectSaysWhatHappenedAndKeepsTheRevokeRemedy() {
        ConnectionStatus clean = new ConnectionStatus(T, ConnectionState.DISCONNECTED, null, null, "sandbox", null,
                null, null, null, null, "QuickBooks disconnected; the tokens were deleted", null);
        ConnectionStatus unconfirmed = new ConnectionStatus(T, ConnectionState.DISCONNECTED, null, null, "sandbox",
                null, null, null, null, null, "QuickBooks disconnected; Intuit did not confirm",
                "remove the app in QuickBooks");

        assertThat(ConnectionPage.disconnected(clean)).isEqualTo(new ConnectionView.Notice("ok",
                "QuickBooks disconnected; the tokens were deleted",
                "Past synced records stay in QuickBooks; nothing new is pushed."));
        assertThat(ConnectionPage.disconnected(unconfirmed).remedy()).isEqualTo("remove the app in QuickBooks");
        assertThat(ConnectionPage.disconnected(ConnectionStatus.disconnected(T)).message())
                .isEqualTo("No active QuickBooks connection");
    }

    @Test
    void callbackSitsBesideTheConnectionPage() {
        assertThat(ConnectionPage.callbackUri(PAGE).toString())
                .isEqualTo("http://127.0.0.1:8080/ledgerbridge/oauth/callback");
    }
}
