package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An expense paid by Cash, Check or CreditCard from {@code AccountRef} to {@code EntityRef}. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "PaymentType", "AccountRef",
        "EntityRef", "Credit", "Line", "TxnDate", "DocNumber", "PrivateNote", "TotalAmt", "PaymentMethodRef",
        "DepartmentRef", "CurrencyRef", "ExchangeRate", "TxnTaxDetail", "GlobalTaxCalculation", "PrintStatus"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Purchase extends Transaction<PurchaseLine> {
    @JsonProperty("PaymentType")
    private String paymentType;
    @JsonProperty("AccountRef")
    private ReferenceType accountRef;
    @JsonProperty("EntityRef")
    private ReferenceType entityRef;
    @JsonProperty("Credit")
    private Boolean credit;
    @JsonProperty("DocNumber")
    private String docNumber;
    @JsonProperty("PaymentMethodRef")
    private ReferenceType paymentMethodRef;
    @JsonProperty("DepartmentRef")
    private ReferenceType departmentRef;
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

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
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
