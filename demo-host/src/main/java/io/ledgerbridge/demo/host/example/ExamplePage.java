package io.ledgerbridge.demo.host.example;

import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.demo.host.web.Templates;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
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
    private final transient Templates templates;

    ExamplePage(Templates templates) {
        this.templates = templates;
    }

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
        response.getWriter().write(templates.render("example/page.ftlh", Map.of("user", user, "mount", mount,
                "hostUrl", request.getAttribute(UiContribution.ATTR_HOST_URL), "note", note.get(),
                "csrfParameter", UiContribution.CSRF_PARAMETER,
                "csrfToken", request.getAttribute(UiContribution.ATTR_CSRF_TOKEN))));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String value = request.getParameter("note");
        note.set(value == null || value.isBlank() ? "(none)" : value.strip());
        response.sendRedirect((String) request.getAttribute(UiContribution.ATTR_MOUNT_PATH));
    }
}
