package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An expense paid by Cash, Check or CreditCard from {@code AccountRef} to {@code EntityRef}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Purchase extends QboEntity {
    @JsonProperty("PaymentType")
    private String paymentType;
    @JsonProperty("AccountRef")
    private ReferenceType accountRef;
    @JsonProperty("EntityRef")
    private ReferenceType entityRef;
    @JsonProperty("Credit")
    private Boolean credit;
    @JsonProperty("Line")
    private List<PurchaseLine> line;
    @JsonProperty("TxnDate")
    private LocalDate txnDate;
    @JsonProperty("DocNumber")
    private String docNumber;
    @JsonProperty("PrivateNote")
    private String privateNote;
    @JsonProperty("TotalAmt")
    private BigDecimal totalAmt;
    @JsonProperty("PaymentMethodRef")
    private ReferenceType paymentMethodRef;
    @JsonProperty("DepartmentRef")
    private ReferenceType departmentRef;
    @JsonProperty("CurrencyRef")
    private ReferenceType currencyRef;
    @JsonProperty("ExchangeRate")
    private BigDecimal exchangeRate;
    @JsonProperty("TxnTaxDetail")
    private TxnTaxDetail txnTaxDetail;
    @JsonProperty("GlobalTaxCalculation")
    private String globalTaxCalculation;
    @JsonProperty("PrintStatus")
    private String printStatus;

    public String getPaymentType() {
        return paymentType;
    }

    public void setPaymentType(String paymentType) {
        this.paymentType = paymentType;
    }

    public ReferenceType getAccountRef() {
        return accountRef;
    }

    public void setAccountRef(ReferenceType accountRef) {
        this.accountRef = accountRef;
    }

    public ReferenceType getEntityRef() {
        return entityRef;
    }

    public void setEntityRef(ReferenceType entityRef) {
        this.entityRef = entityRef;
    }

    public Boolean getCredit() {
        return credit;
    }

    public void setCredit(Boolean credit) {
        this.credit = credit;
    }

    public List<PurchaseLine> getLine() {
        return line;
    }

    public void setLine(List<PurchaseLine> line) {
        this.line = line;
    }

    public LocalDate getTxnDate() {
        return txnDate;
    }

    public void setTxnDate(LocalDate txnDate) {
        this.txnDate = txnDate;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String privateNote) {
        this.privateNote = privateNote;
    }

    public BigDecimal getTotalAmt() {
        return totalAmt;
    }

    public void setTotalAmt(BigDecimal totalAmt) {
        this.totalAmt = totalAmt;
    }

    public ReferenceType getPaymentMethodRef() {
        return paymentMethodRef;
    }

    public void setPaymentMethodRef(ReferenceType paymentMethodRef) {
        this.paymentMethodRef = paymentMethodRef;
    }

    public ReferenceType getDepartmentRef() {
        return departmentRef;
    }

    public void setDepartmentRef(ReferenceType departmentRef) {
        this.departmentRef = departmentRef;
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

    public TxnTaxDetail getTxnTaxDetail() {
        return txnTaxDetail;
    }

    public void setTxnTaxDetail(TxnTaxDetail txnTaxDetail) {
        this.txnTaxDetail = txnTaxDetail;
    }

    public String getGlobalTaxCalculation() {
        return globalTaxCalculation;
    }

    public void setGlobalTaxCalculation(String globalTaxCalculation) {
        this.globalTaxCalculation = globalTaxCalculation;
    }

    public String getPrintStatus() {
        return printStatus;
    }

    public void setPrintStatus(String printStatus) {
        this.printStatus = printStatus;
    }
}
