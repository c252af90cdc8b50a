package io.ledgerbridge.qbo.osgi;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.WebhookOperations;
import io.ledgerbridge.api.WebhookResult;
import io.ledgerbridge.qbo.QboConnector;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Intuit's webhook endpoint on the host's Jakarta Servlet Whiteboard, at {@value #PATH}: public (Intuit calls it, so
 * no host session and no CSRF token; the body's signature is the authentication). It hands the header and the raw
 * body to {@link WebhookOperations#receive} and answers with its status.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(WebhookServletComponent.PATH)
@HttpWhiteboardServletName("ledgerbridge-quickbooks-webhooks")
public class WebhookServletComponent extends HttpServlet {
    /** The path to register with Intuit, after the host's public base URL. */
    public static final String PATH = "/ledgerbridge/quickbooks/webhooks";
    private static final long serialVersionUID = 1L;

    private final transient AccountingConnector connector;

    /** @param connector the QuickBooks connector */
    @Activate
    public WebhookServletComponent(
            @Reference(target = "(connector.id=" + QboConnector.ID + ")") AccountingConnector connector) {
        this.connector = connector;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebhookResult result = request.getContentLengthLong() > WebhookOperations.MAX_BODY_BYTES
                ? new WebhookResult(400, "body larger than " + WebhookOperations.MAX_BODY_BYTES + " bytes")
                : connector.webhooks().receive(request.getHeader(WebhookOperations.SIGNATURE_HEADER),
                        request.getInputStream());
        response.setStatus(result.status());
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(result.message());
    }
}
