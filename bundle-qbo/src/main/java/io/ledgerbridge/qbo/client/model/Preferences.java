package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The company's preferences (one object per company). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Preferences extends QboEntity {
    @JsonProperty("AccountingInfoPrefs")
    private AccountingInfoPrefs accountingInfoPrefs;
    @JsonProperty("SalesFormsPrefs")
    private SalesFormsPrefs salesFormsPrefs;
    @JsonProperty("TaxPrefs")
    private TaxPrefs taxPrefs;
    @JsonProperty("CurrencyPrefs")
    private CurrencyPrefs currencyPrefs;
    @JsonProperty("ProductAndServicesPrefs")
    private JsonNode productAndServicesPrefs;
    @JsonProperty("VendorAndPurchasesPrefs")
    private JsonNode vendorAndPurchasesPrefs;
    @JsonProperty("OtherPrefs")
    private JsonNode otherPrefs;

    public AccountingInfoPrefs getAccountingInfoPrefs() {
        return accountingInfoPrefs;
    }

    public void setAccountingInfoPrefs(AccountingInfoPrefs accountingInfoPrefs) {
        this.accountingInfoPrefs = accountingInfoPrefs;
    }

    public SalesFormsPrefs getSalesFormsPrefs() {
        return salesFormsPrefs;
    }

    public void setSalesFormsPrefs(SalesFormsPrefs salesFormsPrefs) {
        this.salesFormsPrefs = salesFormsPrefs;
    }

    public TaxPrefs getTaxPrefs() {
        return taxPrefs;
    }

    public void setTaxPrefs(TaxPrefs taxPrefs) {
        this.taxPrefs = taxPrefs;
    }

    public CurrencyPrefs getCurrencyPrefs() {
        return currencyPrefs;
    }

    public void setCurrencyPrefs(CurrencyPrefs currencyPrefs) {
        this.currencyPrefs = currencyPrefs;
    }

    public JsonNode getProductAndServicesPrefs() {
        return productAndServicesPrefs;
    }

    public void setProductAndServicesPrefs(JsonNode productAndServicesPrefs) {
        this.productAndServicesPrefs = productAndServicesPrefs;
    }

    public JsonNode getVendorAndPurchasesPrefs() {
        return vendorAndPurchasesPrefs;
    }

    public void setVendorAndPurchasesPrefs(JsonNode vendorAndPurchasesPrefs) {
        this.vendorAndPurchasesPrefs = vendorAndPurchasesPrefs;
    }

    public JsonNode getOtherPrefs() {
        return otherPrefs;
    }

    public void setOtherPrefs(JsonNode otherPrefs) {
        this.otherPrefs = otherPrefs;
    }
}
