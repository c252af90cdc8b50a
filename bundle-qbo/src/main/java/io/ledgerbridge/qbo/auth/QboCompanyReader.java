package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import io.ledgerbridge.qbo.client.model.AccountingInfoPrefs;
import io.ledgerbridge.qbo.client.model.CompanyInfo;
import io.ledgerbridge.qbo.client.model.CurrencyPrefs;
import io.ledgerbridge.qbo.client.model.Preferences;
import io.ledgerbridge.qbo.client.model.SalesFormsPrefs;
import java.net.URI;
import java.util.function.Function;

/**
 * {@link CompanyReader} over the QuickBooks client ({@code GET /companyinfo/{realmId}} and {@code GET /preferences}),
 * so these reads get the client's error translation, retries and the company's throttle like every other call.
 */
public final class QboCompanyReader implements CompanyReader {
    private final QboClientFactory clients;
    private final URI apiBaseUrl;
    private final Function<String, CompanyThrottle> throttles;

    /**
     * @param clients the client factory
     * @param apiBaseUrl the Accounting API base (Intuit's or the local sandbox's)
     * @param throttles the throttle of a company (by realm id), shared with everything else calling it
     */
    public QboCompanyReader(QboClientFactory clients, URI apiBaseUrl, Function<String, CompanyThrottle> throttles) {
        this.clients = clients;
        this.apiBaseUrl = apiBaseUrl;
        this.throttles = throttles;
    }

    @Override
    public CompanyFacts read(String realmId, AccessTokenSource tokens) {
        QboClient client = clients.newClient(new QboEndpoint(apiBaseUrl, realmId), tokens, throttles.apply(realmId));
        CompanyInfo info = client.companyInfo();
        Preferences prefs = client.preferences();
        String country = info.getCountry();
        if (country == null && info.getCompanyAddr() != null) {
            country = info.getCompanyAddr().getCountry();
        }
        CurrencyPrefs currency = prefs.getCurrencyPrefs();
        SalesFormsPrefs sales = prefs.getSalesFormsPrefs();
        AccountingInfoPrefs accounting = prefs.getAccountingInfoPrefs();
        return new CompanyFacts(info.getCompanyName(), country,
                currency == null || currency.getHomeCurrency() == null ? null : currency.getHomeCurrency().getValue(),
                currency != null && Boolean.TRUE.equals(currency.getMultiCurrencyEnabled()),
                sales != null && Boolean.TRUE.equals(sales.getCustomTxnNumbers()),
                accounting == null ? null : accounting.getBookCloseDate());
    }
}
