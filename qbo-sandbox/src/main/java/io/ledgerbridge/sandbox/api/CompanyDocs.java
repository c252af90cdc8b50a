package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.store.CompanySettings;
import java.time.Instant;

/** CompanyInfo and Preferences, drawn from the company settings; Preferences can change a few switches. */
public final class CompanyDocs {
    private CompanyDocs() {
    }

    public static ObjectNode companyInfo(Company company) {
        CompanySettings s = company.settings();
        ObjectNode c = header(company);
        c.put("CompanyName", s.companyName);
        c.put("LegalName", s.companyName);
        ObjectNode addr = Json.object().put("Id", "1").put("Line1", s.isUs() ? "2600 Marine Way" : "100 King St W")
                .put("City", s.isUs() ? "Mountain View" : "Toronto").put("Country", s.country)
                .put("CountrySubDivisionCode", s.isUs() ? "CA" : "ON").put("PostalCode", s.isUs() ? "94043" : "M5X 1A9");
        c.set("CompanyAddr", addr);
        c.set("CustomerCommunicationAddr", addr.deepCopy());
        c.set("LegalAddr", addr.deepCopy());
        c.set("PrimaryPhone", Json.object().put("FreeFormNumber", "(555) 010-0000"));
        c.put("CompanyStartDate", "2024-01-01");
        c.put("FiscalYearStartMonth", "January");
        c.put("Country", s.country);
        c.set("Email", Json.object().put("Address", "books@sandbox.example"));
        c.set("WebAddr", Json.object());
        c.put("SupportedLanguages", "en");
        c.put("DefaultTimeZone", s.timeZone);
        ArrayNode nv = c.putArray("NameValue");
        nv.add(Json.object().put("Name", "NeoEnabled").put("Value", "true"));
        nv.add(Json.object().put("Name", "IsQbdtMigrated").put("Value", "false"));
        nv.add(Json.object().put("Name", "ItemCategoriesFeature").put("Value", "true"));
        nv.add(Json.object().put("Name", "OfferingSku").put("Value", "QuickBooks Online Plus"));
        return c;
    }

    public static ObjectNode preferences(Company company) {
        CompanySettings s = company.settings();
        ObjectNode p = header(company);
        ObjectNode acct = p.putObject("AccountingInfoPrefs");
        acct.put("TrackDepartments", true).put("DepartmentTerminology", "Location").put("ClassTrackingPerTxn", false)
                .put("ClassTrackingPerTxnLine", true).put("CustomerTerminology", "Customers").put("UseAccountNumbers", false)
                .put("FirstMonthOfFiscalYear", "January");
        if (s.bookCloseDate != null) {
            acct.put("BookCloseDate", s.bookCloseDate.toString());
        }
        p.putObject("ProductAndServicesPrefs").put("ForSales", true).put("ForPurchase", true)
                .put("QuantityWithPriceAndRate", true).put("QuantityOnHand", true);
        ObjectNode sales = p.putObject("SalesFormsPrefs");
        ArrayNode customFields = sales.putArray("CustomField");
        ObjectNode group = customFields.addObject();
        group.putArray("CustomField")
                .add(Json.object().put("Name", "SalesFormsPrefs.UseSalesCustom1").put("Type", "BooleanType").put("BooleanValue", true))
                .add(Json.object().put("Name", "SalesFormsPrefs.SalesCustomName1").put("Type", "StringType").put("StringValue", "P.O. Number"));
        sales.put("CustomTxnNumbers", s.customTxnNumbers).put("AllowDeposit", true).put("AllowDiscount", true)
                .put("AllowShipping", false).put("AllowEstimates", true).put("ETransactionEnabledStatus", "NotApplicable")
                .put("AutoApplyCredit", true);
        sales.set("DefaultTerms", Json.object().put("value", "3"));
        p.putObject("VendorAndPurchasesPrefs").put("TrackingByCustomer", true).put("BillableExpenseTracking", true);
        ObjectNode tax = p.putObject("TaxPrefs").put("UsingSalesTax", true);
        if (s.isUs()) {
            tax.put("PartnerTaxEnabled", s.automatedSalesTax);
        }
        ObjectNode currency = p.putObject("CurrencyPrefs").put("MultiCurrencyEnabled", s.multiCurrency);
        currency.set("HomeCurrency", Json.object().put("value", s.homeCurrency));
        p.putObject("TimeTrackingPrefs").put("UseServices", true).put("BillCustomers", true);
        ArrayNode other = p.putObject("OtherPrefs").putArray("NameValue");
        other.add(Json.object().put("Name", "SalesFormsPrefs.DefaultCustomerMessage").put("Value", "Thank you for your business."));
        other.add(Json.object().put("Name", "VendorAndPurchasesPrefs.UseCustomTxnNumbers").put("Value", Boolean.toString(s.customTxnNumbers)));
        other.add(Json.object().put("Name", "WarnDuplicateCheckNumber").put("Value", "false"));
        return p;
    }

    private static ObjectNode header(Company company) {
        String time = Times.meta(company.settingsUpdated(), company.settings().zone());
        ObjectNode o = Json.object().put("domain", "QBO").put("sparse", false).put("Id", "1")
                .put("SyncToken", Integer.toString(company.settingsSyncToken()));
        o.set("MetaData", Json.object().put("CreateTime", time).put("LastUpdatedTime", time));
        return o;
    }

    /** POST /preferences: SyncToken checked; CustomTxnNumbers, MultiCurrencyEnabled (on only) and BookCloseDate change. */
    public static ObjectNode updatePreferences(Company company, JsonNode body, Instant now) {
        if (!body.isObject()) {
            throw Faults.badRequestBody("request body is not a Preferences object");
        }
        synchronized (company.lock()) {
            String token = Json.text(body, "SyncToken");
            if (token == null) {
                throw Faults.required("SyncToken");
            }
            if (!token.equals(Integer.toString(company.settingsSyncToken()))) {
                throw Faults.stale();
            }
            CompanySettings s = company.settings();
            JsonNode sales = body.path("SalesFormsPrefs");
            if (sales.has("CustomTxnNumbers")) {
                s.customTxnNumbers = sales.get("CustomTxnNumbers").asBoolean();
            }
            JsonNode currency = body.path("CurrencyPrefs");
            if (currency.has("MultiCurrencyEnabled")) {
                boolean on = currency.get("MultiCurrencyEnabled").asBoolean();
                if (!on && s.multiCurrency) {
                    throw Faults.business("Multicurrency cannot be turned off once it is on.");
                }
                s.multiCurrency = on;
            }
            JsonNode close = body.path("AccountingInfoPrefs").get("BookCloseDate");
            if (close != null) {
                s.bookCloseDate = close.isNull() ? null : Times.parseDate(close.asText());
            }
            company.settingsChanged(now);
            return preferences(company);
        }
    }
}
