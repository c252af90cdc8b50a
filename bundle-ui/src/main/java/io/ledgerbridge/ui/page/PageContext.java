package io.ledgerbridge.ui.page;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to a sub-page: the host's attributes, the servlet request and response, and the path below the
 * sub-page ({@code "run"} for {@code .../sync/run}, {@code ""} for the sub-page itself).
 *
 * @param page the host's attributes
 * @param req the request
 * @param resp the response
 * @param rest the path below the sub-page, without a leading slash
 */
public record PageContext(PageRequest page, HttpServletRequest req, HttpServletResponse resp, String rest) {

    /**
     * @param name a parameter
     * @return its value stripped, or {@code ""}
     */
    public String param(String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v.strip();
    }

    /**
     * @param name a parameter
     * @return all its values (checkboxes, multi-selects)
     */
    public List<String> params(String name) {
        String[] v = req.getParameterValues(name);
        return v == null ? List.of() : List.of(v);
    }

    /** @return the page's tools, for links */
    public PageTools tools() {
        return new PageTools(page);
    }

    /**
     * Writes a template as a fragment in the host's chrome.
     *
     * @param template the template
     * @param model its values (the page and tools are added)
     * @throws IOException when writing fails
     */
    public void render(String template, Map<String, Object> model) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(Views.render(page, template, model));
    }

    /**
     * Writes a template on its own, without the host's chrome: the pieces the pages' scripts fetch.
     *
     * @param template the template
     * @param model its values
     * @throws IOException when writing fails
     */
    public void renderPiece(String template, Map<String, Object> model) throws IOException {
        resp.setHeader(UiContribution.HEADER_STANDALONE, "true");
        resp.setHeader("Cache-Control", "no-store");
        render(template, model);
    }

    /**
     * Answers a POST with a redirect to a sub-page (so a reload does not post again).
     *
     * @param sub the sub-page and query, e.g. {@code "sync?run=r1"}
     * @throws IOException when writing fails
     */
    public void redirect(String sub) throws IOException {
        resp.sendRedirect(tools().settings(sub));
    }

    /** @return a fresh model */
    public static Map<String, Object> model() {
        return new HashMap<>();
    }

    /**
     * The record a row's button names, from the {@code type} and {@code id} parameters.
     *
     * @param remedy what to do when the type is not a record type, e.g. "use the buttons of the errors list"
     * @return the record
     * @throws InvalidInputException naming the {@code type} field
     */
    public RecordRef record(String remedy) {
        try {
            return RecordRef.of(RecordType.valueOf(param("type")), param("id"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "'" + param("type") + "' is not a record type", remedy);
        }
    }

    /**
     * @param e what an operation refused
     * @return 400 for bad input, 409 for a state that does not allow it
     */
    public static int status(LedgerBridgeException e) {
        return e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT;
    }
}
