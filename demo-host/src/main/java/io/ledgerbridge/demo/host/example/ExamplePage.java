package io.ledgerbridge.demo.host.example;

import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.demo.host.web.Html;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An administrator page as a connector would write it: an HTML fragment on GET (wrapped by the host), a form whose
 * POST carries the CSRF token and answers with a redirect (passed through), and a JSON answer at {@code /status}
 * (passed through, as would be a download).
 */
final class ExamplePage extends HttpServlet {
    static final String LABEL = "example";
    private static final long serialVersionUID = 1L;

    private final transient AtomicReference<String> note = new AtomicReference<>("(none)");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = (HostUser) request.getAttribute(UiContribution.ATTR_USER);
        String mount = (String) request.getAttribute(UiContribution.ATTR_MOUNT_PATH);
        if ("/status".equals(request.getPathInfo())) {
            response.setContentType("application/json");
            response.getWriter().write("{\"tenant\":\"" + user.tenant() + "\",\"note\":\"" + note.get().replace("\"", "")
                    + "\"}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<p>Signed in as <strong>" + Html.esc(user.displayName()) + "</strong> of tenant "
                + Html.esc(user.tenant()) + "; mounted at <code>" + Html.esc(mount) + "</code>; host URL <code>"
                + Html.esc(request.getAttribute(UiContribution.ATTR_HOST_URL)) + "</code>.</p><p>Saved note: <span "
                + "id=\"note\">" + Html.esc(note.get()) + "</span></p><form method=\"post\" action=\"" + Html.esc(mount)
                + "\"><input type=\"hidden\" name=\"" + UiContribution.CSRF_PARAMETER + "\" value=\""
                + Html.esc(request.getAttribute(UiContribution.ATTR_CSRF_TOKEN)) + "\"><input name=\"note\"> "
                + "<button type=\"submit\">Save note</button></form><p><a href=\"" + Html.esc(mount)
                + "/status\">JSON status</a></p>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String value = request.getParameter("note");
        note.set(value == null || value.isBlank() ? "(none)" : value.strip());
        response.sendRedirect((String) request.getAttribute(UiContribution.ATTR_MOUNT_PATH));
    }
}
