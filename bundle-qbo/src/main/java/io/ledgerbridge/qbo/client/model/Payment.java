package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A customer payment, applied to invoices by its lines; anything not applied is {@code UnappliedAmt}. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "CustomerRef", "TotalAmt",
        "UnappliedAmt", "TxnDate", "Line", "DepositToAccountRef", "PaymentMethodRef", "PaymentRefNum", "PrivateNote",
        "CurrencyRef", "ExchangeRate", "ARAccountRef", "ProcessPayment"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Payment extends Transaction<PaymentLine> {
    @JsonProperty("CustomerRef")
    private ReferenceType customerRef;
    @JsonProperty("UnappliedAmt")
    private BigDecimal unappliedAmt;
    @JsonProperty("DepositToAccountRef")
    private ReferenceType depositToAccountRef;
    @JsonProperty("PaymentMethodRef")
    private ReferenceType paymentMethodRef;
    @JsonProperty("PaymentRefNum")
    private String paymentRefNum;
    @JsonProperty("ARAccountRef")
    private ReferenceType arAccountRef;
    @JsonProperty("ProcessPayment")
    private Boolean processPayment;

    public ReferenceType getCustomerRef() {
        return customerRef;
    }

    public void setCustomerRef(ReferenceType customerRef) {
        this.customerRef = customerRef;
    }

    public BigDecimal getUnappliedAmt() {
        return unappliedAmt;
    }

    public void setUnappliedAmt(BigDecimal unappliedAmt) {
        this.unappliedAmt = unappliedAmt;
    }

    public ReferenceType getDepositToAccountRef() {
        return depositToAccountRef;
    }

    public void setDepositToAccountRef(ReferenceType depositToAccountRef) {
        this.depositToAccountRef = depositToAccountRef;
    }

    public ReferenceType getPaymentMethodRef() {
        return paymentMethodRef;
    }

    public void setPaymentMethodRef(ReferenceType paymentMethodRef) {
        this.paymentMethodRef = paymentMethodRef;
    }

    public String getPaymentRefNum() {
        return paymentRefNum;
    }

    public void setPaymentRefNum(String paymentRefNum) {
        this.paymentRefNum = paymentRefNum;
    }

    public ReferenceType getArAccountRef() {
        return arAccountRef;
    }

    public void setArAccountRef(ReferenceType arAccountRef) {
        this.arAccountRef = arAccountRef;
    }

    public Boolean getProcessPayment() {
        return processPayment;
    }

    public void setProcessPayment(Boolean processPayment) {
        this.processPayment = processPayment;
    }
}
