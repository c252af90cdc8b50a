package io.ledgerbridge.demo.host.web;

import static io.ledgerbridge.demo.host.web.Html.esc;

import io.ledgerbridge.demo.host.ui.Contribution;
import io.ledgerbridge.demo.host.ui.ContributionDispatcher;
import io.ledgerbridge.demo.host.ui.ContributionRegistry;
import io.ledgerbridge.demo.host.ui.SignedIn;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The host's page around every screen and every contributed page: header with tenant and user, navigation (the host's
 * screens, then contributed pages grouped by category), a message line and the content.
 */
public final class Chrome {
    private static final String[][] HOST_SCREENS = {
        {"/", "Home"}, {"/customers", "Customers"}, {"/projects", "Projects"}, {"/invoices", "Invoices"},
        {"/expenses", "Expenses"}, {"/notifications", "Notifications"}, {"/events", "Events"},
        {"/connector", "Connector"},
    };

    static final String CSS = """
            *{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;\
            color:#1d2733;background:#f4f6f8}header{display:flex;justify-content:space-between;align-items:center;\
            padding:.6rem 1.2rem;background:#1f3a5f;color:#fff}header a{color:#fff}header form{display:inline}\
            .brand{font-weight:600;font-size:1.1rem}.layout{display:flex;min-height:calc(100vh - 48px)}\
            nav{width:220px;background:#fff;border-right:1px solid #dde3ea;padding:1rem}nav h4{margin:1rem 0 .3rem;\
            font-size:.75rem;text-transform:uppercase;color:#6b7785}nav a{display:block;padding:.25rem .5rem;\
            border-radius:4px;color:#1d2733;text-decoration:none}nav a.active,nav a:hover{background:#e8eef6}\
            main{flex:1;padding:1.2rem 2rem;max-width:1100px}table{border-collapse:collapse;width:100%;background:#fff}\
            th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e4e8ee;vertical-align:top}\
            th{background:#eef2f6;font-weight:600}td.num,th.num{text-align:right}.field{margin:.5rem 0;display:flex;\
            flex-direction:column;max-width:420px}.field label{font-weight:600;font-size:.9rem}.field input,\
            .field select,.field textarea{padding:.35rem;border:1px solid #b9c3ce;border-radius:4px;font:inherit}\
            .field.invalid input,.field.invalid select{border-color:#c0392b;background:#fff5f4}.field small{color:#6b7785}\
            .field-error{color:#c0392b;font-size:.85rem}.error-summary{border:2px solid #c0392b;background:#fff5f4;\
            padding:.6rem 1rem;margin:.8rem 0;border-radius:6px}.error-summary a{color:#c0392b}.flash{background:#e6f4ea;\
            border:1px solid #7cb98b;padding:.5rem 1rem;border-radius:6px;margin-bottom:1rem}.problem{background:#fff5f4;\
            border:1px solid #c0392b;padding:.8rem 1rem;border-radius:6px}button,.button{display:inline-block;\
            padding:.35rem .8rem;border:1px solid #1f3a5f;background:#1f3a5f;color:#fff;border-radius:4px;font:inherit;\
            cursor:pointer;text-decoration:none}.button.secondary,button.secondary{background:#fff;color:#1f3a5f}\
            .actions{display:flex;gap:.5rem;flex-wrap:wrap;margin:.8rem 0}.actions form{display:inline}\
            .badge{display:inline-block;padding:0 .45rem;border-radius:9px;font-size:.8rem;background:#e4e8ee}\
            .badge.PAID{background:#cdebd6}.badge.VOIDED,.badge.WRITTEN_OFF{background:#f3d1cd}.badge.DRAFT{background:#eee}\
            .badge.warn{background:#fde8c8}dl{display:grid;grid-template-columns:180px 1fr;gap:.2rem 1rem;\
            background:#fff;padding:1rem;border:1px solid #e4e8ee}dt{font-weight:600;color:#4b5968}dd{margin:0}\
            .panels{margin-top:1.5rem}.panel{background:#fff;border:1px solid #c8d3df;border-left:4px solid #2c7be5;\
            padding:.6rem 1rem;margin:.8rem 0}.panel h3{margin:.2rem 0 .6rem;font-size:1rem}.panel-error{color:#c0392b}\
            fieldset{border:1px solid #dde3ea;background:#fff;margin:.8rem 0}.grid{display:grid;\
            grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:0 1.2rem}.lines input{width:100%}\
            """;

    private final ContributionRegistry registry;

    /** @param registry the contributed pages, for navigation */
    public Chrome(ContributionRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param response the response to write
     * @param status the HTTP status
     * @param who the signed-in user, or {@code null} on the sign-in page
     * @param currentPath the request's path, to highlight navigation
     * @param title the page title
     * @param content the content's HTML
     * @param flash a message to show on top, or {@code null}
     * @throws IOException when the page cannot be written
     */
    public void write(HttpServletResponse response, int status, SignedIn who, String currentPath, String title,
            String content, String flash) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        PrintWriter out = response.getWriter();
        out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append(" · LedgerBridge demo host</title><style>").append(CSS).append("</style></head><body><header>")
                .append("<span class=\"brand\">LedgerBridge demo host</span>");
        if (who != null) {
            out.append("<span>Tenant <strong>").append(esc(who.user().tenant())).append("</strong> · ")
                    .append(esc(who.user().displayName())).append(" (")
                    .append(who.user().administrator() ? "administrator" : "user").append(") ")
                    .append("<form method=\"post\" action=\"/signout\">").append(Html.csrf(who.csrfToken()))
                    .append("<button class=\"secondary\" type=\"submit\">Sign out</button></form></span>");
        }
        out.append("</header><div class=\"layout\">");
        if (who != null) {
            out.append(navigation(who, currentPath));
        }
        out.append("<main>");
        if (flash != null) {
            out.append("<div class=\"flash\" role=\"status\">").append(esc(flash)).append("</div>");
        }
        out.append("<h1>").append(esc(title)).append("</h1>").append(content).append("</main></div></body></html>");
    }

    private String navigation(SignedIn who, String currentPath) {
        StringBuilder nav = new StringBuilder("<nav><h4>Host</h4>");
        for (String[] screen : HOST_SCREENS) {
            boolean active = screen[0].equals("/") ? currentPath.equals("/") : currentPath.startsWith(screen[0]);
            nav.append(link(screen[0], screen[1], active));
        }
        List<Contribution> pages = registry.navigation(who.user());
        String category = null;
        for (Contribution page : pages) {
            if (!page.category().equals(category)) {
                category = page.category();
                nav.append("<h4>").append(esc(category)).append("</h4>");
            }
            String path = ContributionDispatcher.MOUNT_ROOT + page.label();
            nav.append(link(path, page.title(), currentPath.equals(path) || currentPath.startsWith(path + "/")));
        }
        return nav.append("</nav>").toString();
    }

    private static String link(String path, String text, boolean active) {
        return "<a href=\"" + esc(path) + "\"" + (active ? " class=\"active\"" : "") + ">" + esc(text) + "</a>";
    }
}
