package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A tax code (US companies also have the pseudo codes {@code TAX} and {@code NON}). */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "Name", "Description", "Active",
        "Taxable", "TaxGroup", "Hidden", "SalesTaxRateList", "PurchaseTaxRateList"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TaxCode extends NamedListEntity {
    @JsonProperty("Description")
    private String description;
    @JsonProperty("Taxable")
    private Boolean taxable;
    @JsonProperty("TaxGroup")
    private Boolean taxGroup;
    @JsonProperty("Hidden")
    private Boolean hidden;
    @JsonProperty("SalesTaxRateList")
    private TaxRateList salesTaxRateList;
    @JsonProperty("PurchaseTaxRateList")
    private TaxRateList purchaseTaxRateList;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Boolean getTaxable() {
        return taxable;
    }

    public void setTaxable(Boolean taxable) {
        this.taxable = taxable;
    }

    public Boolean getTaxGroup() {
        return taxGroup;
    }

    public void setTaxGroup(Boolean taxGroup) {
        this.taxGroup = taxGroup;
    }

    public Boolean getHidden() {
        return hidden;
    }

    public void setHidden(Boolean hidden) {
        this.hidden = hidden;
    }

    public TaxRateList getSalesTaxRateList() {
        return salesTaxRateList;
    }

    public void setSalesTaxRateList(TaxRateList salesTaxRateList) {
        this.salesTaxRateList = salesTaxRateList;
    }

    public TaxRateList getPurchaseTaxRateList() {
        return purchaseTaxRateList;
    }

    public void setPurchaseTaxRateList(TaxRateList purchaseTaxRateList) {
        this.purchaseTaxRateList = purchaseTaxRateList;
    }
}
