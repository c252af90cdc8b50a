package io.ledgerbridge.sandbox.store;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The company-level switches QuickBooks consults while validating: country (US or global tax model), currency,
 * closing date, numbering and sales tax. Mutable because a QuickBooks user can change them (e.g. close the books).
 */
public final class CompanySettings {
    public String realmId;
    public String companyName;
    public String country = "US";
    public String homeCurrency = "USD";
    public boolean multiCurrency;
    public LocalDate bookCloseDate;
    public boolean customTxnNumbers;
    public boolean automatedSalesTax;
    public String timeZone = "America/Los_Angeles";
    /** US only: the TaxCode Id QuickBooks puts in {@code Customer.DefaultTaxCodeRef}. */
    public String defaultTaxCodeId;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isUs() {
        return "US".equalsIgnoreCase(country);
    }

    public CompanySettings copy() {
        CompanySettings c = new CompanySettings();
        c.realmId = realmId;
        c.companyName = companyName;
        c.country = country;
        c.homeCurrency = homeCurrency;
        c.multiCurrency = multiCurrency;
        c.bookCloseDate = bookCloseDate;
        c.customTxnNumbers = customTxnNumbers;
        c.automatedSalesTax = automatedSalesTax;
        c.timeZone = timeZone;
        c.defaultTaxCodeId = defaultTaxCodeId;
        return c;
    }
}
