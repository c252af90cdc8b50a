package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The detail of an expense line booked to an account; {@code CustomerRef} and {@code BillableStatus} mark it for re-billing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AccountBasedExpenseLineDetail {
    @JsonProperty("AccountRef")
    private ReferenceType accountRef;
    @JsonProperty("TaxCodeRef")
    private ReferenceType taxCodeRef;
    @JsonProperty("TaxAmount")
    private BigDecimal taxAmount;
    @JsonProperty("TaxInclusiveAmt")
    private BigDecimal taxInclusiveAmt;
    @JsonProperty("BillableStatus")
    private String billableStatus;
    @JsonProperty("CustomerRef")
    private ReferenceType customerRef;
    @JsonProperty("ClassRef")
    private ReferenceType classRef;

    public ReferenceType getAccountRef() {
        return accountRef;
    }

    public void setAccountRef(ReferenceType accountRef) {
        this.accountRef = accountRef;
    }

    public ReferenceType getTaxCodeRef() {
        return taxCodeRef;
    }

    public void setTaxCodeRef(ReferenceType taxCodeRef) {
        this.taxCodeRef = taxCodeRef;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public void setTaxAmount(BigDecimal taxAmount) {
        this.taxAmount = taxAmount;
    }

    public BigDecimal getTaxInclusiveAmt() {
        return taxInclusiveAmt;
    }

    public void setTaxInclusiveAmt(BigDecimal taxInclusiveAmt) {
        this.taxInclusiveAmt = taxInclusiveAmt;
    }

    public String getBillableStatus() {
        return billableStatus;
    }

    public void setBillableStatus(String billableStatus) {
        this.billableStatus = billableStatus;
    }

    public ReferenceType getCustomerRef() {
        return customerRef;
    }

    public void setCustomerRef(ReferenceType customerRef) {
        this.customerRef = customerRef;
    }

    public ReferenceType getClassRef() {
        return classRef;
    }

    public void setClassRef(ReferenceType classRef) {
        this.classRef = classRef;
    }
}
