package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A QuickBooks customer, or a sub-customer (job) when {@code Job} is true. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "DisplayName", "Title", "GivenName",
        "MiddleName", "FamilyName", "Suffix", "CompanyName", "PrintOnCheckName", "FullyQualifiedName",
        "PrimaryEmailAddr", "PrimaryPhone", "Mobile", "BillAddr", "ShipAddr", "Notes", "Active", "Job", "ParentRef",
        "BillWithParent", "Level", "Taxable", "DefaultTaxCodeRef", "SalesTermRef", "PaymentMethodRef",
        "PreferredDeliveryMethod", "CurrencyRef", "Balance", "BalanceWithJobs", "OpenBalanceDate"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Customer extends NameListContact {
    @JsonProperty("FullyQualifiedName")
    private String fullyQualifiedName;
    @JsonProperty("Mobile")
    private TelephoneNumber mobile;
    @JsonProperty("ShipAddr")
    private PhysicalAddress shipAddr;
    @JsonProperty("Notes")
    private String notes;
    @JsonProperty("Job")
    private Boolean job;
    @JsonProperty("ParentRef")
    private ReferenceType parentRef;
    @JsonProperty("BillWithParent")
    private Boolean billWithParent;
    @JsonProperty("Level")
    private Integer level;
    @JsonProperty("Taxable")
    private Boolean taxable;
    @JsonProperty("DefaultTaxCodeRef")
    private ReferenceType defaultTaxCodeRef;
    @JsonProperty("SalesTermRef")
    private ReferenceType salesTermRef;
    @JsonProperty("PaymentMethodRef")
    private ReferenceType paymentMethodRef;
    @JsonProperty("PreferredDeliveryMethod")
    private String preferredDeliveryMethod;
    @JsonProperty("BalanceWithJobs")
    private BigDecimal balanceWithJobs;
    @JsonProperty("OpenBalanceDate")
    private LocalDate openBalanceDate;

    public String getFullyQualifiedName() {
        return fullyQualifiedName;
    }

    public void setFullyQualifiedName(String fullyQualifiedName) {
        this.fullyQualifiedName = fullyQualifiedName;
    }

    public TelephoneNumber getMobile() {
        return mobile;
    }

    public void setMobile(TelephoneNumber mobile) {
        this.mobile = mobile;
    }

    public PhysicalAddress getShipAddr() {
        return shipAddr;
    }

    public void setShipAddr(PhysicalAddress shipAddr) {
        this.shipAddr = shipAddr;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Boolean getJob() {
        return job;
    }

    public void setJob(Boolean job) {
        this.job = job;
    }

    public ReferenceType getParentRef() {
        return parentRef;
    }

    public void setParentRef(ReferenceType parentRef) {
        this.parentRef = parentRef;
    }

    public Boolean getBillWithParent() {
        return billWithParent;
    }

    public void setBillWithParent(Boolean billWithParent) {
        this.billWithParent = billWithParent;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public Boolean getTaxable() {
        return taxable;
    }

    public void setTaxable(Boolean taxable) {
        this.taxable = taxable;
    }

    public ReferenceType getDefaultTaxCodeRef() {
        return defaultTaxCodeRef;
    }

    public void setDefaultTaxCodeRef(ReferenceType defaultTaxCodeRef) {
        this.defaultTaxCodeRef = defaultTaxCodeRef;
    }

    public ReferenceType getSalesTermRef() {
        return salesTermRef;
    }

    public void setSalesTermRef(ReferenceType salesTermRef) {
        this.salesTermRef = salesTermRef;
    }

    public ReferenceType getPaymentMethodRef() {
        return paymentMethodRef;
    }

    public void setPaymentMethodRef(ReferenceType paymentMethodRef) {
        this.paymentMethodRef = paymentMethodRef;
    }

    public String getPreferredDeliveryMethod() {
        return preferredDeliveryMethod;
    }

    public void setPreferredDeliveryMethod(String preferredDeliveryMethod) {
        this.preferredDeliveryMethod = preferredDeliveryMethod;
    }

    public BigDecimal getBalanceWithJobs() {
        return balanceWithJobs;
    }

    public void setBalanceWithJobs(BigDecimal balanceWithJobs) {
        this.balanceWithJobs = balanceWithJobs;
    }

    public LocalDate getOpenBalanceDate() {
        return openBalanceDate;
    }

    public void setOpenBalanceDate(LocalDate openBalanceDate) {
        this.openBalanceDate = openBalanceDate;
    }
}
