package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One tax rate inside a TaxCode's sales or purchase rate list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TaxRateDetail {
    @JsonProperty("TaxRateRef")
    private ReferenceType taxRateRef;
    @JsonProperty("TaxTypeApplicable")
    private String taxTypeApplicable;
    @JsonProperty("TaxOrder")
    private Integer taxOrder;

    public ReferenceType getTaxRateRef() {
        return taxRateRef;
    }

    public void setTaxRateRef(ReferenceType taxRateRef) {
        this.taxRateRef = taxRateRef;
    }

    public String getTaxTypeApplicable() {
        return taxTypeApplicable;
    }

    public void setTaxTypeApplicable(String taxTypeApplicable) {
        this.taxTypeApplicable = taxTypeApplicable;
    }

    public Integer getTaxOrder() {
        return taxOrder;
    }

    public void setTaxOrder(Integer taxOrder) {
        this.taxOrder = taxOrder;
    }
}
