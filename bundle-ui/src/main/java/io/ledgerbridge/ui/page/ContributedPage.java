package io.ledgerbridge.ui.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Base of every contributed page: reads the host's attributes, refuses a request the host did not dispatch, a user
 * without the administrator role or a POST without the session's CSRF token (the host checks too; pages do not rely
 * on it), and writes fragments as UTF-8.
 */
public abstract class ContributedPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRequest page = admitted(req, resp);
        if (page != null) {
            get(page, req, resp);
        }
    }

    @Override
    protected final void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRequest page = admitted(req, resp);
        if (page != null && page.refusedForgery(req, resp)) {
            return;
        }
        if (page != null) {
            post(page, req, resp);
        }
    }

    /**
     * @param page the host's attributes
     * @param req the request
     * @param resp the response
     * @throws IOException when writing fails
     */
    protected abstract void get(PageRequest page, HttpServletRequest req, HttpServletResponse resp)
            throws IOException;

    /**
     * @param page the host's attributes
     * @param req the request
     * @param resp the response
     * @throws IOException when writing fails
     */
    protected void post(PageRequest page, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    /**
     * Writes a fragment for the host to wrap (rendered from a template that carries the stylesheet).
     *
     * @param resp the response
     * @param html the fragment
     * @throws IOException when writing fails
     */
    protected static void fragment(HttpServletResponse resp, String html) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(html);
    }

    private static PageRequest admitted(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRequest page;
        try {
            page = PageRequest.of(req);
        } catch (PageRequest.NotDispatchedException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return null;
        }
        if (!page.user().administrator()) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Only administrators can manage the QuickBooks integration");
            return null;
        }
        return page;
    }
}
