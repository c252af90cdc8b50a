package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.qbo.store.ConnectionRow;
import java.time.LocalDate;

/**
 * What the connector keeps about the connected company, from CompanyInfo and Preferences.
 *
 * @param companyName CompanyInfo.CompanyName
 * @param country CompanyInfo.Country, e.g. {@code US}, {@code CA}, {@code GB}
 * @param homeCurrency Preferences.CurrencyPrefs.HomeCurrency, or {@code null}
 * @param multicurrencyEnabled Preferences.CurrencyPrefs.MultiCurrencyEnabled
 * @param customTxnNumbers Preferences.SalesFormsPrefs.CustomTxnNumbers (whether DocNumber may be sent)
 * @param bookCloseDate Preferences.AccountingInfoPrefs.BookCloseDate, or {@code null} when the books are open
 */
public record CompanyFacts(String companyName, String country, String homeCurrency, boolean multicurrencyEnabled,
        boolean customTxnNumbers, LocalDate bookCloseDate) {

    /**
     * The default tax locale for the company's country: US companies take no per-line tax codes; Canada has its
     * own rate mapping (GST/HST/PST); every other country uses QuickBooks' global model with per-line VAT codes.
     *
     * @return the locale
     */
    public TaxLocale taxLocale() {
        if (country == null || "US".equalsIgnoreCase(country)) {
            return TaxLocale.US;
        }
        return "CA".equalsIgnoreCase(country) ? TaxLocale.CANADA : TaxLocale.EU;
    }

    /** @return the details as stored on the connection row */
    public ConnectionRow.CompanyDetails details() {
        return new ConnectionRow.CompanyDetails(companyName, country, taxLocale().name(), homeCurrency,
                multicurrencyEnabled, customTxnNumbers, bookCloseDate);
    }
}
