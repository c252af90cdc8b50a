package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.TaxLocale;
import java.time.LocalDate;

/**
 * The company a tenant is connected to, with the settings read from it at connect time, for the mapper and the
 * sync engine (which tax model to use, whether DocNumber may be sent, the closing date to respect).
 *
 * @param tenant the tenant
 * @param realmId the QuickBooks company id
 * @param environment the configured environment name
 * @param companyName CompanyInfo.CompanyName
 * @param country CompanyInfo.Country
 * @param taxLocale the default tax locale from the country
 * @param homeCurrency the home currency code, or {@code null}
 * @param multicurrencyEnabled whether multicurrency is on
 * @param customTxnNumbers whether custom transaction numbers are on
 * @param bookCloseDate the books closing date, or {@code null}
 */
public record ConnectedCompany(TenantId tenant, String realmId, String environment, String companyName,
        String country, TaxLocale taxLocale, String homeCurrency, boolean multicurrencyEnabled,
        boolean customTxnNumbers, LocalDate bookCloseDate) {
}
