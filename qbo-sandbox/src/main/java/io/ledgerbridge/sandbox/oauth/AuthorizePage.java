package io.ledgerbridge.sandbox.oauth;

import io.ledgerbridge.sandbox.http.Response;
import io.ledgerbridge.sandbox.store.Company;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The HTML of the authorize page: pick a company, then Connect or Cancel; and Intuit-style error pages. */
final class AuthorizePage {
    private AuthorizePage() {
    }

    static Response picker(App app, Collection<Company> companies, Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Connect to QuickBooks (sandbox)</title>")
                .append("<style>body{font-family:sans-serif;max-width:36em;margin:3em auto}label{display:block;margin:.4em 0}"
                        + "button{margin-right:1em;padding:.5em 1.5em}</style></head><body>")
                .append("<h1>Connect ").append(esc(app.name)).append(" to QuickBooks</h1>")
                .append("<p>QuickBooks Online sandbox. Choose the company to share with this app.</p>")
                .append("<form method=\"post\" action=\"").append(OAuthHandler.AUTHORIZE).append("\">");
        for (String key : List.of("client_id", "redirect_uri", "response_type", "scope", "state")) {
            if (params.get(key) != null) {
                b.append("<input type=\"hidden\" name=\"").append(key).append("\" value=\"").append(esc(params.get(key))).append("\">");
            }
        }
        boolean first = true;
        for (Company c : companies) {
            b.append("<label><input type=\"radio\" name=\"realmId\" value=\"").append(esc(c.realmId())).append('"')
                    .append(first ? " checked" : "").append("> ").append(esc(c.settings().companyName))
                    .append(" (").append(esc(c.settings().country)).append(", ").append(esc(c.realmId())).append(")</label>");
            first = false;
        }
        b.append("<p><button type=\"submit\" name=\"action\" value=\"connect\" id=\"connect\">Connect</button>")
                .append("<button type=\"submit\" name=\"action\" value=\"cancel\" id=\"cancel\">Cancel</button></p>")
                .append("</form></body></html>");
        return Response.text(200, "text/html;charset=utf-8", b.toString());
    }

    static Response error(int status, String error, String description) {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Error</title></head><body>"
                + "<h1>Something went wrong</h1><p id=\"error\">" + esc(error) + "</p><p id=\"error_description\">"
                + esc(description) + "</p></body></html>";
        return Response.text(status, "text/html;charset=utf-8", html);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
