package io.ledgerbridge.ui.connection;

import static io.ledgerbridge.ui.page.Html.escape;
import static io.ledgerbridge.ui.page.Html.when;

import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.ui.page.PageRequest;

/** Renders the QuickBooks connection page's fragment. No logic beyond presentation. */
final class ConnectionView {
    private ConnectionView() {
    }

    /** A message to show above the status: kind is "ok" or "error". */
    record Notice(String kind, String message, String remedy) {
    }

    static String render(PageRequest page, ConnectionStatus status, Notice notice, ConnectionTest test) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<section class=\"lb-connection\" data-state=\"").append(status.state().name()).append("\">");
        html.append("<h2>QuickBooks Online ").append(pill(status.state())).append("</h2>");
        if (notice != null) {
            html.append(notice(notice));
        }
        if (test != null) {
            html.append(testResult(test));
        }
        if (status.message() != null && status.state() == ConnectionState.RECONNECT_REQUIRED) {
            html.append(notice(new Notice("error", status.message(), status.remedy())));
        } else if (status.message() != null && status.state() == ConnectionState.DISCONNECTED) {
            // The generic remedy ("Connect QuickBooks in Settings, Integrations") is the button right below.
            html.append(notice(new Notice("info", status.message(), null)));
        }
        if (status.state() != ConnectionState.DISCONNECTED) {
            html.append(details(status));
        }
        if (status.state() == ConnectionState.CONNECTED) {
            html.append(diagnostics(page));
        }
        html.append("<div class=\"lb-actions\">");
        switch (status.state()) {
            case DISCONNECTED -> html.append(button(page, "connect", "Connect QuickBooks", "primary"));
            case RECONNECT_REQUIRED -> html.append(button(page, "connect", "Reconnect", "primary"))
                    .append(button(page, "disconnect", "Disconnect", "danger"));
            case CONNECTED -> html.append(button(page, "test", "Test connection", "secondary"))
                    .append(button(page, "disconnect", "Disconnect", "danger"));
        }
        html.append("</div></section>");
        return html.toString();
    }

    private static String pill(ConnectionState state) {
        return switch (state) {
            case CONNECTED -> "<span class=\"lb-pill lb-pill-green\" id=\"lb-status\">Connected</span>";
            case RECONNECT_REQUIRED -> "<span class=\"lb-pill lb-pill-amber\" id=\"lb-status\">Reconnect required</span>";
            case DISCONNECTED -> "<span class=\"lb-pill lb-pill-grey\" id=\"lb-status\">Disconnected</span>";
        };
    }

    static String notice(Notice notice) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"lb-notice lb-notice-").append(escape(notice.kind())).append("\" role=\"status\">");
        html.append("<p class=\"lb-message\">").append(escape(notice.message())).append("</p>");
        if (notice.remedy() != null) {
            html.append("<p class=\"lb-remedy\">").append(escape(notice.remedy())).append("</p>");
        }
        return html.append("</div>").toString();
    }

    private static String details(ConnectionStatus s) {
        return "<table class=\"lb-details\">"
                + row("Company", s.companyName()) + row("Realm ID", s.companyId())
                + row("Country", s.country()) + row("Home currency", s.homeCurrency())
                + row("Environment", s.environment())
                + row("Access token expires", when(s.accessTokenExpiresAt()))
                + row("Refresh token expires if unused", when(s.refreshTokenIdleExpiresAt()))
                + row("Refresh token expires at the latest", when(s.refreshTokenHardExpiresAt()))
                + "</table>";
    }

    private static String diagnostics(PageRequest page) {
        String base = escape(page.mountPath()) + ConnectionPage.DIAGNOSTICS;
        return "<p class=\"lb-diagnostics\">Diagnostics (JSON): <a href=\"" + base + "customers\" id=\"lb-dump-customers\">"
                + "QuickBooks customers</a> · <a href=\"" + base + "sub-customers\" id=\"lb-dump-sub-customers\">"
                + "sub-customers (jobs)</a> · <a href=\"" + base + "invoices\" id=\"lb-dump-invoices\">invoices</a></p>";
    }

    private static String testResult(ConnectionTest test) {
        String took = " (" + test.took().toMillis() + " ms)";
        // A pass needs a short headline; the connector's account of what it checked is the detail line.
        return notice(test.success() ? new Notice("ok", "Connection test passed" + took, test.message())
                : new Notice("error", test.message() + took, test.remedy()));
    }

    private static String row(String label, String value) {
        return "<tr><th>" + escape(label) + "</th><td>" + escape(value == null ? "—" : value) + "</td></tr>";
    }

    private static String button(PageRequest page, String action, String label, String style) {
        return "<form method=\"post\" action=\"" + escape(page.mountPath()) + "\" class=\"lb-inline\">"
                + page.csrfField() + "<input type=\"hidden\" name=\"action\" value=\"" + action + "\">"
                + "<button type=\"submit\" class=\"lb-button lb-" + style + "\" id=\"lb-" + action + "\">"
                + escape(label) + "</button></form>";
    }
}
