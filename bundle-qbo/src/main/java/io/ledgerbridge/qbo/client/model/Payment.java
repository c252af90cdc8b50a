package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A customer payment, applied to invoices by its lines; anything not applied is {@code UnappliedAmt}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Payment extends QboEntity {
    @JsonProperty("CustomerRef")
    private ReferenceType customerRef;
    @JsonProperty("TotalAmt")
    private BigDecimal totalAmt;
    @JsonProperty("UnappliedAmt")
    private BigDecimal unappliedAmt;
    @JsonProperty("TxnDate")
    private LocalDate txnDate;
    @JsonProperty("Line")
    private List<PaymentLine> line;
    @JsonProperty("DepositToAccountRef")
    private ReferenceType depositToAccountRef;
    @JsonProperty("PaymentMethodRef")
    private ReferenceType paymentMethodRef;
    @JsonProperty("PaymentRefNum")
    private String paymentRefNum;
    @JsonProperty("PrivateNote")
    private String privateNote;
    @JsonProperty("CurrencyRef")
    private ReferenceType currencyRef;
    @JsonProperty("ExchangeRate")
    private BigDecimal exchangeRate;
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

    public BigDecimal getTotalAmt() {
        return totalAmt;
    }

    public void setTotalAmt(BigDecimal totalAmt) {
        this.totalAmt = totalAmt;
    }

    public BigDecimal getUnappliedAmt() {
        return unappliedAmt;
    }

    public void setUnappliedAmt(BigDecimal unappliedAmt) {
        this.unappliedAmt = unappliedAmt;
    }

    public LocalDate getTxnDate() {
        return txnDate;
    }

    public void setTxnDate(LocalDate txnDate) {
        this.txnDate = txnDate;
    }

    public List<PaymentLine> getLine() {
        return line;
    }

    public void setLine(List<PaymentLine> line) {
        this.line = line;
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

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String privateNote) {
        this.privateNote = privateNote;
    }

    public ReferenceType getCurrencyRef() {
        return currencyRef;
    }

    public void setCurrencyRef(ReferenceType currencyRef) {
        this.currencyRef = currencyRef;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public void setExchangeRate(BigDecimal exchangeRate) {
        this.exchangeRate = exchangeRate;
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
