package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The detail of a sales line that sells an item. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SalesItemLineDetail {
    @JsonProperty("ItemRef")
    private ReferenceType itemRef;
    @JsonProperty("Qty")
    private BigDecimal qty;
    @JsonProperty("UnitPrice")
    private BigDecimal unitPrice;
    @JsonProperty("TaxCodeRef")
    private ReferenceType taxCodeRef;
    @JsonProperty("ClassRef")
    private ReferenceType classRef;
    @JsonProperty("ServiceDate")
    private LocalDate serviceDate;
    @JsonProperty("ItemAccountRef")
    private ReferenceType itemAccountRef;
    @JsonProperty("TaxInclusiveAmt")
    private BigDecimal taxInclusiveAmt;

    public ReferenceType getItemRef() {
        return itemRef;
    }

    public void setItemRef(ReferenceType itemRef) {
        this.itemRef = itemRef;
    }

    public BigDecimal getQty() {
        return qty;
    }

    public void setQty(BigDecimal qty) {
        this.qty = qty;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public ReferenceType getTaxCodeRef() {
        return taxCodeRef;
    }

    public void setTaxCodeRef(ReferenceType taxCodeRef) {
        this.taxCodeRef = taxCodeRef;
    }

    public ReferenceType getClassRef() {
        return classRef;
    }

    public void setClassRef(ReferenceType classRef) {
        this.classRef = classRef;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public void setServiceDate(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    public ReferenceType getItemAccountRef() {
        return itemAccountRef;
    }

    public void setItemAccountRef(ReferenceType itemAccountRef) {
        this.itemAccountRef = itemAccountRef;
    }

    public BigDecimal getTaxInclusiveAmt() {
        return taxInclusiveAmt;
    }

    public void setTaxInclusiveAmt(BigDecimal taxInclusiveAmt) {
        this.taxInclusiveAmt = taxInclusiveAmt;
    }
}
