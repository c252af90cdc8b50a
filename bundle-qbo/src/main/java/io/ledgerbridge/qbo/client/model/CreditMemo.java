package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A QuickBooks credit memo. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CreditMemo extends QboEntity {
    @JsonProperty("CustomerRef")
    private ReferenceType customerRef;
    @JsonProperty("Line")
    private List<Line> line;
    @JsonProperty("DocNumber")
    private String docNumber;
    @JsonProperty("TxnDate")
    private LocalDate txnDate;
    @JsonProperty("CustomerMemo")
    private MemoRef customerMemo;
    @JsonProperty("PrivateNote")
    private String privateNote;
    @JsonProperty("BillEmail")
    private EmailAddress billEmail;
    @JsonProperty("BillAddr")
    private PhysicalAddress billAddr;
    @JsonProperty("TxnTaxDetail")
    private TxnTaxDetail txnTaxDetail;
    @JsonProperty("GlobalTaxCalculation")
    private String globalTaxCalculation;
    @JsonProperty("TotalAmt")
    private BigDecimal totalAmt;
    @JsonProperty("Balance")
    private BigDecimal balance;
    @JsonProperty("RemainingCredit")
    private BigDecimal remainingCredit;
    @JsonProperty("CurrencyRef")
    private ReferenceType currencyRef;
    @JsonProperty("ExchangeRate")
    private BigDecimal exchangeRate;
    @JsonProperty("CustomField")
    private List<CustomField> customField;
    @JsonProperty("ClassRef")
    private ReferenceType classRef;
    @JsonProperty("DepartmentRef")
    private ReferenceType departmentRef;

    public ReferenceType getCustomerRef() {
        return customerRef;
    }

    public void setCustomerRef(ReferenceType customerRef) {
        this.customerRef = customerRef;
    }

    public List<Line> getLine() {
        return line;
    }

    public void setLine(List<Line> line) {
        this.line = line;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public LocalDate getTxnDate() {
        return txnDate;
    }

    public void setTxnDate(LocalDate txnDate) {
        this.txnDate = txnDate;
    }

    public MemoRef getCustomerMemo() {
        return customerMemo;
    }

    public void setCustomerMemo(MemoRef customerMemo) {
        this.customerMemo = customerMemo;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String privateNote) {
        this.privateNote = privateNote;
    }

    public EmailAddress getBillEmail() {
        return billEmail;
    }

    public void setBillEmail(EmailAddress billEmail) {
        this.billEmail = billEmail;
    }

    public PhysicalAddress getBillAddr() {
        return billAddr;
    }

    public void setBillAddr(PhysicalAddress billAddr) {
        this.billAddr = billAddr;
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

    public BigDecimal getTotalAmt() {
        return totalAmt;
    }

    public void setTotalAmt(BigDecimal totalAmt) {
        this.totalAmt = totalAmt;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public BigDecimal getRemainingCredit() {
        return remainingCredit;
    }

    public void setRemainingCredit(BigDecimal remainingCredit) {
        this.remainingCredit = remainingCredit;
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

    public List<CustomField> getCustomField() {
        return customField;
    }

    public void setCustomField(List<CustomField> customField) {
        this.customField = customField;
    }

    public ReferenceType getClassRef() {
        return classRef;
    }

    public void setClassRef(ReferenceType classRef) {
        this.classRef = classRef;
    }

    public ReferenceType getDepartmentRef() {
        return departmentRef;
    }

    public void setDepartmentRef(ReferenceType departmentRef) {
        this.departmentRef = departmentRef;
    }
}
