package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A QuickBooks customer, or a sub-customer (job) when {@code Job} is true. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Customer extends QboEntity {
    @JsonProperty("DisplayName")
    private String displayName;
    @JsonProperty("Title")
    private String title;
    @JsonProperty("GivenName")
    private String givenName;
    @JsonProperty("MiddleName")
    private String middleName;
    @JsonProperty("FamilyName")
    private String familyName;
    @JsonProperty("Suffix")
    private String suffix;
    @JsonProperty("CompanyName")
    private String companyName;
    @JsonProperty("PrintOnCheckName")
    private String printOnCheckName;
    @JsonProperty("FullyQualifiedName")
    private String fullyQualifiedName;
    @JsonProperty("PrimaryEmailAddr")
    private EmailAddress primaryEmailAddr;
    @JsonProperty("PrimaryPhone")
    private TelephoneNumber primaryPhone;
    @JsonProperty("Mobile")
    private TelephoneNumber mobile;
    @JsonProperty("BillAddr")
    private PhysicalAddress billAddr;
    @JsonProperty("ShipAddr")
    private PhysicalAddress shipAddr;
    @JsonProperty("Notes")
    private String notes;
    @JsonProperty("Active")
    private Boolean active;
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
    @JsonProperty("CurrencyRef")
    private ReferenceType currencyRef;
    @JsonProperty("Balance")
    private BigDecimal balance;
    @JsonProperty("BalanceWithJobs")
    private BigDecimal balanceWithJobs;
    @JsonProperty("OpenBalanceDate")
    private LocalDate openBalanceDate;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getSuffix() {
        return suffix;
    }

    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getPrintOnCheckName() {
        return printOnCheckName;
    }

    public void setPrintOnCheckName(String printOnCheckName) {
        this.printOnCheckName = printOnCheckName;
    }

    public String getFullyQualifiedName() {
        return fullyQualifiedName;
    }

    public void setFullyQualifiedName(String fullyQualifiedName) {
        this.fullyQualifiedName = fullyQualifiedName;
    }

    public EmailAddress getPrimaryEmailAddr() {
        return primaryEmailAddr;
    }

    public void setPrimaryEmailAddr(EmailAddress primaryEmailAddr) {
        this.primaryEmailAddr = primaryEmailAddr;
    }

    public TelephoneNumber getPrimaryPhone() {
        return primaryPhone;
    }

    public void setPrimaryPhone(TelephoneNumber primaryPhone) {
        this.primaryPhone = primaryPhone;
    }

    public TelephoneNumber getMobile() {
        return mobile;
    }

    public void setMobile(TelephoneNumber mobile) {
        this.mobile = mobile;
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
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

    public ReferenceType getCurrencyRef() {
        return currencyRef;
    }

    public void setCurrencyRef(ReferenceType currencyRef) {
        this.currencyRef = currencyRef;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
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
