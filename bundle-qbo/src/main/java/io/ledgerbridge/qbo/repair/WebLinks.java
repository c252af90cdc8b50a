package io.ledgerbridge.qbo.repair;

import io.ledgerbridge.api.event.RecordType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a person opens a QuickBooks record: Intuit's app for production and Intuit's sandbox (the company is the one
 * the person is signed in to there), the local sandbox's read-only record view otherwise.
 */
public final class WebLinks {
    static final String PRODUCTION_APP = "https://app.qbo.intuit.com/app/";
    static final String SANDBOX_APP = "https://app.sandbox.qbo.intuit.com/app/";

    private final String environment;
    private final URI apiBaseUrl;

    /**
     * @param environment the configured environment ({@code production}, {@code sandbox}, {@code local-sandbox})
     * @param apiBaseUrl the Accounting API base (the local sandbox serves its record view there too)
     */
    public WebLinks(String environment, URI apiBaseUrl) {
        this.environment = environment;
        this.apiBaseUrl = apiBaseUrl;
    }

    /**
     * @param type the host record's type
     * @param realmId the company
     * @param qboId QuickBooks' id
     * @return the address of the record's screen
     */
    public String of(RecordType type, String realmId, String qboId) {
        String id = URLEncoder.encode(qboId, StandardCharsets.UTF_8);
        String app = switch (environment) {
            case "production" -> PRODUCTION_APP;
            case "sandbox" -> SANDBOX_APP;
            default -> null;
        };
        if (app != null) {
            return app + switch (type) {
                case INVOICE -> "invoice?txnId=" + id;
                case EXPENSE -> "expense?txnId=" + id;
                case PAYMENT -> "recvpayment?txnId=" + id;
                default -> "customerdetail?nameId=" + id;
            };
        }
        String base = apiBaseUrl.toString().replaceAll("/+$", "");
        return base + "/_sandbox/ui/record?realm=" + URLEncoder.encode(realmId, StandardCharsets.UTF_8)
                + "&entity=" + QboEntities.of(type) + "&id=" + id;
    }
}
