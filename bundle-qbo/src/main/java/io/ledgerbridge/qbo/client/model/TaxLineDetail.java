package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** How one tax line was computed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TaxLineDetail {
    @JsonProperty("TaxRateRef")
    private ReferenceType taxRateRef;
    @JsonProperty("PercentBased")
    private Boolean percentBased;
    @JsonProperty("TaxPercent")
    private BigDecimal taxPercent;
    @JsonProperty("NetAmountTaxable")
    private BigDecimal netAmountTaxable;
    @JsonProperty("TaxInclusiveAmount")
    private BigDecimal taxInclusiveAmount;
    @JsonProperty("OverrideDeltaAmount")
    private BigDecimal overrideDeltaAmount;

    public ReferenceType getTaxRateRef() {
        return taxRateRef;
    }

    public void setTaxRateRef(ReferenceType taxRateRef) {
        this.taxRateRef = taxRateRef;
    }

    public Boolean getPercentBased() {
        return percentBased;
    }

    public void setPercentBased(Boolean percentBased) {
        this.percentBased = percentBased;
    }

    public BigDecimal getTaxPercent() {
        return taxPercent;
    }

    public void setTaxPercent(BigDecimal taxPercent) {
        this.taxPercent = taxPercent;
    }

    public BigDecimal getNetAmountTaxable() {
        return netAmountTaxable;
    }

    public void setNetAmountTaxable(BigDecimal netAmountTaxable) {
        this.netAmountTaxable = netAmountTaxable;
    }

    public BigDecimal getTaxInclusiveAmount() {
        return taxInclusiveAmount;
    }

    public void setTaxInclusiveAmount(BigDecimal taxInclusiveAmount) {
        this.taxInclusiveAmount = taxInclusiveAmount;
    }

    public BigDecimal getOverrideDeltaAmount() {
        return overrideDeltaAmount;
    }

    public void setOverrideDeltaAmount(BigDecimal overrideDeltaAmount) {
        this.overrideDeltaAmount = overrideDeltaAmount;
    }
}
