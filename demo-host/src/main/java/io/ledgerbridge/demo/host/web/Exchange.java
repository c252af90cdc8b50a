package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.demo.host.ui.Contribution;
import io.ledgerbridge.demo.host.ui.PanelContent;
import io.ledgerbridge.demo.host.ui.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request to a host screen: who asks, what they sent, and how to answer inside the host's chrome. */
public final class Exchange {
    private static final String FLASH = "demo.flash";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final SignedIn who;
    private final HostPages pages;

    Exchange(HttpServletRequest request, HttpServletResponse response, SignedIn who, HostPages pages) {
        this.request = request;
        this.response = response;
        this.who = who;
        this.pages = pages;
    }

    /** @return the signed-in user and session */
    public SignedIn who() {
        return who;
    }

    /** @return the user's tenant */
    public TenantId tenant() {
        return who.user().tenant();
    }

    /** @return whether this is a POST */
    public boolean isPost() {
        return request.getMethod().equals("POST");
    }

    /** @return the submitted fields (first value of each) */
    public Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? null : values[0]));
        return form;
    }

    /**
     * @param name a query or form parameter
     * @return its value, or {@code null}
     */
    public String parameter(String name) {
        return request.getParameter(name);
    }

    /**
     * Answers a POST with a redirect (post/redirect/get), showing a message on the next page.
     *
     * @param path the host path to go to
     * @param message the message, or {@code null}
     * @throws IOException when the answer cannot be sent
     */
    public void redirect(String path, String message) throws IOException {
        if (message != null) {
            request.getSession().setAttribute(FLASH, message);
        }
        response.sendRedirect(path);
    }

    /**
     * Answers with a screen: its template drawn inside the host's chrome.
     *
     * @param status the HTTP status
     * @param template the screen's template under {@link Templates#ROOT}
     * @param model the template's variables
     * @throws IOException when the answer cannot be sent
     */
    public void page(int status, String template, Map<String, ?> model) throws IOException {
        Object flash = request.getSession().getAttribute(FLASH);
        request.getSession().removeAttribute(FLASH);
        pages.chrome().write(response, status, who, request.getRequestURI(), template, model,
                flash == null ? null : flash.toString());
    }

    /**
     * @param type the record type
     * @param id the record's id
     * @return the contributed panels for the record, rendered, in order (empty when there are none)
     */
    public List<PanelContent> panels(RecordType type, String id) {
        List<PanelContent> panels = new ArrayList<>();
        for (Contribution panel : pages.registry().panels(who.user(), type)) {
            panels.add(pages.dispatcher().panel(request, response, pages.servletContext(), who, panel,
                    RecordRef.of(type, id)));
        }
        return panels;
    }

    /** @return the host's collaborators */
    HostPages pages() {
        return pages;
    }
}
