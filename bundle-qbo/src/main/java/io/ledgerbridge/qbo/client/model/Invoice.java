package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A QuickBooks invoice. {@code TotalAmt} and {@code Balance} are computed by QuickBooks; a Balance of 0 means fully paid. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Invoice extends QboEntity {
    @JsonProperty("CustomerRef")
    private ReferenceType customerRef;
    @JsonProperty("Line")
    private List<Line> line;
    @JsonProperty("DocNumber")
    private String docNumber;
    @JsonProperty("TxnDate")
    private LocalDate txnDate;
    @JsonProperty("DueDate")
    private LocalDate dueDate;
    @JsonProperty("SalesTermRef")
    private ReferenceType salesTermRef;
    @JsonProperty("CustomerMemo")
    private MemoRef customerMemo;
    @JsonProperty("PrivateNote")
    private String privateNote;
    @JsonProperty("BillEmail")
    private EmailAddress billEmail;
    @JsonProperty("BillAddr")
    private PhysicalAddress billAddr;
    @JsonProperty("ShipAddr")
    private PhysicalAddress shipAddr;
    @JsonProperty("EmailStatus")
    private String emailStatus;
    @JsonProperty("PrintStatus")
    private String printStatus;
    @JsonProperty("TxnTaxDetail")
    private TxnTaxDetail txnTaxDetail;
    @JsonProperty("GlobalTaxCalculation")
    private String globalTaxCalculation;
    @JsonProperty("ApplyTaxAfterDiscount")
    private Boolean applyTaxAfterDiscount;
    @JsonProperty("TotalAmt")
    private BigDecimal totalAmt;
    @JsonProperty("Balance")
    private BigDecimal balance;
    @JsonProperty("HomeTotalAmt")
    private BigDecimal homeTotalAmt;
    @JsonProperty("HomeBalance")
    private BigDecimal homeBalance;
    @JsonProperty("CurrencyRef")
    private ReferenceType currencyRef;
    @JsonProperty("ExchangeRate")
    private BigDecimal exchangeRate;
    @JsonProperty("CustomField")
    private List<CustomField> customField;
    @JsonProperty("LinkedTxn")
    private List<LinkedTxn> linkedTxn;
    @JsonProperty("ClassRef")
    private ReferenceType classRef;
    @JsonProperty("DepartmentRef")
    private ReferenceType departmentRef;
    @JsonProperty("DepositToAccountRef")
    private ReferenceType depositToAccountRef;
    @JsonProperty("AllowOnlineCreditCardPayment")
    private Boolean allowOnlineCreditCardPayment;
    @JsonProperty("AllowOnlineACHPayment")
    private Boolean allowOnlineACHPayment;

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

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public ReferenceType getSalesTermRef() {
        return salesTermRef;
    }

    public void setSalesTermRef(ReferenceType salesTermRef) {
        this.salesTermRef = salesTermRef;
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

    public PhysicalAddress getShipAddr() {
        return shipAddr;
    }

    public void setShipAddr(PhysicalAddress shipAddr) {
        this.shipAddr = shipAddr;
    }

    public String getEmailStatus() {
        return emailStatus;
    }

    public void setEmailStatus(String emailStatus) {
        this.emailStatus = emailStatus;
    }

    public String getPrintStatus() {
        return printStatus;
    }

    public void setPrintStatus(String printStatus) {
        this.printStatus = printStatus;
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

    public Boolean getApplyTaxAfterDiscount() {
        return applyTaxAfterDiscount;
    }

    public void setApplyTaxAfterDiscount(Boolean applyTaxAfterDiscount) {
        this.applyTaxAfterDiscount = applyTaxAfterDiscount;
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

    public BigDecimal getHomeTotalAmt() {
        return homeTotalAmt;
    }

    public void setHomeTotalAmt(BigDecimal homeTotalAmt) {
        this.homeTotalAmt = homeTotalAmt;
    }

    public BigDecimal getHomeBalance() {
        return homeBalance;
    }

    public void setHomeBalance(BigDecimal homeBalance) {
        this.homeBalance = homeBalance;
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

    public List<LinkedTxn> getLinkedTxn() {
        return linkedTxn;
    }

    public void setLinkedTxn(List<LinkedTxn> linkedTxn) {
        this.linkedTxn = linkedTxn;
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

    public ReferenceType getDepositToAccountRef() {
        return depositToAccountRef;
    }

    public void setDepositToAccountRef(ReferenceType depositToAccountRef) {
        this.depositToAccountRef = depositToAccountRef;
    }

    public Boolean getAllowOnlineCreditCardPayment() {
        return allowOnlineCreditCardPayment;
    }

    public void setAllowOnlineCreditCardPayment(Boolean allowOnlineCreditCardPayment) {
        this.allowOnlineCreditCardPayment = allowOnlineCreditCardPayment;
    }

    public Boolean getAllowOnlineACHPayment() {
        return allowOnlineACHPayment;
    }

    public void setAllowOnlineACHPayment(Boolean allowOnlineACHPayment) {
        this.allowOnlineACHPayment = allowOnlineACHPayment;
    }
}
