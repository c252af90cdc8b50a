package io.ledgerbridge.qbo.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@link CompanyReader} with two GETs on the Accounting API ({@code /companyinfo/{realmId}} and
 * {@code /preferences}) under the configured base URL.
 */
public final class JaxRsCompanyReader implements CompanyReader {
    private final Client client;
    private final URI apiBaseUrl;
    private final ObjectMapper json;

    /**
     * @param client the JAX-RS client (closed by its owner)
     * @param apiBaseUrl the Accounting API base, e.g. {@code https://sandbox-quickbooks.api.intuit.com}
     * @param json the JSON reader
     */
    public JaxRsCompanyReader(Client client, URI apiBaseUrl, ObjectMapper json) {
        this.client = client;
        this.apiBaseUrl = apiBaseUrl;
        this.json = json;
    }

    @Override
    public CompanyFacts read(String realmId, String accessToken) {
        JsonNode info = get(realmId, "companyinfo/" + realmId, accessToken).path("CompanyInfo");
        JsonNode prefs = get(realmId, "preferences", accessToken).path("Preferences");
        String country = text(info.path("Country"));
        if (country == null) {
            country = text(info.path("CompanyAddr").path("Country"));
        }
        JsonNode currency = prefs.path("CurrencyPrefs");
        return new CompanyFacts(text(info.path("CompanyName")), country,
                text(currency.path("HomeCurrency").path("value")),
                currency.path("MultiCurrencyEnabled").asBoolean(false),
                prefs.path("SalesFormsPrefs").path("CustomTxnNumbers").asBoolean(false),
                date(text(prefs.path("AccountingInfoPrefs").path("BookCloseDate"))));
    }

    private JsonNode get(String realmId, String path, String accessToken) {
        URI base = URI.create(apiBaseUrl.toString().replaceAll("/+$", ""));
        try (Response response = client.target(base).path("v3/company").path(realmId).path(path)
                .queryParam("minorversion", 75).request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).get()) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (response.getStatus() / 100 != 2) {
                throw new CompanyReadException(response.getStatus(),
                        "QuickBooks refused to read " + path.replaceAll("/.*", ""));
            }
            return json.readTree(body);
        } catch (ProcessingException e) {
            throw new CompanyReadException(0, "QuickBooks did not answer: " + e.getMessage());
        } catch (IOException e) {
            throw new CompanyReadException(200, "QuickBooks sent an unreadable " + path.replaceAll("/.*", ""));
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new CompanyReadException(200, "QuickBooks sent an unreadable BookCloseDate '" + value + "'");
        }
    }
}
