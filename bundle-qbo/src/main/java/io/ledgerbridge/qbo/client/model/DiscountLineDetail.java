package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The detail of a discount line (needs the company's discount preference). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DiscountLineDetail {
    @JsonProperty("PercentBased")
    private Boolean percentBased;
    @JsonProperty("DiscountPercent")
    private BigDecimal discountPercent;
    @JsonProperty("DiscountAccountRef")
    private ReferenceType discountAccountRef;
    @JsonProperty("ClassRef")
    private ReferenceType classRef;
    @JsonProperty("TaxCodeRef")
    private ReferenceType taxCodeRef;

    public Boolean getPercentBased() {
        return percentBased;
    }

    public void setPercentBased(Boolean percentBased) {
        this.percentBased = percentBased;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    public ReferenceType getDiscountAccountRef() {
        return discountAccountRef;
    }

    public void setDiscountAccountRef(ReferenceType discountAccountRef) {
        this.discountAccountRef = discountAccountRef;
    }

    public ReferenceType getClassRef() {
        return classRef;
    }

    public void setClassRef(ReferenceType classRef) {
        this.classRef = classRef;
    }

    public ReferenceType getTaxCodeRef() {
        return taxCodeRef;
    }

    public void setTaxCodeRef(ReferenceType taxCodeRef) {
        this.taxCodeRef = taxCodeRef;
    }
}
