package io.ledgerbridge.ui.connection;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.ui.page.PageRequest;
import org.junit.jupiter.api.Test;

class OAuthCallbackPageTest {
    static final PageRequest PAGE = new PageRequest(ADMIN, "tok", "/ledgerbridge/oauth", "http://127.0.0.1:8080",
            "s1", "");
    static final AuthorizationCallback CALLBACK = new AuthorizationCallback("c<1>", "st", "9130", null, null, false);

    @Test
    void aRefusalShowsTheMessageTheRemedyAndTheWayBack() {
        String html = OAuthCallbackPage.view(PAGE, CALLBACK, new LedgerBridgeException("QuickBooks connection "
                + "cancelled: access was <not> granted", "click Connect QuickBooks again"), null);

        assertThat(html).contains("QuickBooks connection cancelled: access was &lt;not&gt; granted")
                .contains("click Connect QuickBooks again")
                .contains("id=\"lb-back\" href=\"/ledgerbridge/quickbooks\"").doesNotContain("lb-confirm-switch");
    }

    @Test
    void anotherCompanyAsksForConfirmationCarryingTheCallbackEscaped() {
        String html = OAuthCallbackPage.view(PAGE, CALLBACK, new LedgerBridgeException("connected to A; you chose B",
                "confirm only when A is retired"), "B <Co>");

        assertThat(html).contains("id=\"lb-confirm-switch\">Connect company B &lt;Co&gt;</button>")
                .contains("name=\"code\" value=\"c&lt;1&gt;\"").contains("name=\"confirm\" value=\"yes\"")
                .contains("action=\"/ledgerbridge/oauth/callback\"");
    }
}
