package io.ledgerbridge.demo.host.example;

import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.demo.host.web.Templates;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** A record panel as a connector would write it: a fragment about the record in {@code ATTR_RECORD}. */
final class ExamplePanel extends HttpServlet {
    static final String LABEL = "example-panel";
    private static final long serialVersionUID = 1L;

    private final transient Templates templates;

    ExamplePanel(Templates templates) {
        this.templates = templates;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RecordRef record = (RecordRef) request.getAttribute(UiContribution.ATTR_RECORD);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render("example/panel.ftlh", Map.of("record", record)));
    }
}
