package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A QuickBooks invoice. {@code TotalAmt} and {@code Balance} are computed by QuickBooks; a Balance of 0 means fully paid. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "CustomerRef", "Line", "DocNumber",
        "TxnDate", "DueDate", "SalesTermRef", "CustomerMemo", "PrivateNote", "BillEmail", "BillAddr", "ShipAddr",
        "EmailStatus", "PrintStatus", "TxnTaxDetail", "GlobalTaxCalculation", "ApplyTaxAfterDiscount", "TotalAmt",
        "Balance", "HomeTotalAmt", "HomeBalance", "CurrencyRef", "ExchangeRate", "CustomField", "LinkedTxn",
        "ClassRef", "DepartmentRef", "DepositToAccountRef", "AllowOnlineCreditCardPayment", "AllowOnlineACHPayment"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Invoice extends SalesTransaction {
    @JsonProperty("DueDate")
    private LocalDate dueDate;
    @JsonProperty("SalesTermRef")
    private ReferenceType salesTermRef;
    @JsonProperty("ShipAddr")
    private PhysicalAddress shipAddr;
    @JsonProperty("EmailStatus")
    private String emailStatus;
    @JsonProperty("PrintStatus")
    private String printStatus;
    @JsonProperty("ApplyTaxAfterDiscount")
    private Boolean applyTaxAfterDiscount;
    @JsonProperty("HomeTotalAmt")
    private BigDecimal homeTotalAmt;
    @JsonProperty("HomeBalance")
    private BigDecimal homeBalance;
    @JsonProperty("LinkedTxn")
    private List<LinkedTxn> linkedTxn;
    @JsonProperty("DepositToAccountRef")
    private ReferenceType depositToAccountRef;
    @JsonProperty("AllowOnlineCreditCardPayment")
    private Boolean allowOnlineCreditCardPayment;
    @JsonProperty("AllowOnlineACHPayment")
    private Boolean allowOnlineACHPayment;

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

    public Boolean getApplyTaxAfterDiscount() {
        return applyTaxAfterDiscount;
    }

    public void setApplyTaxAfterDiscount(Boolean applyTaxAfterDiscount) {
        this.applyTaxAfterDiscount = applyTaxAfterDiscount;
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

    public List<LinkedTxn> getLinkedTxn() {
        return linkedTxn;
    }

    public void setLinkedTxn(List<LinkedTxn> linkedTxn) {
        this.linkedTxn = linkedTxn;
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
