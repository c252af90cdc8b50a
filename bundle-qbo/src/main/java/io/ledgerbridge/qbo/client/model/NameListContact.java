package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The name-list fields a person or company record carries (Intuit's {@code NameBase}): Customer and Vendor.
 * {@code DisplayName} is unique across Customer, Vendor and Employee.
 * <p>Subclasses keep their QuickBooks property order with {@code @JsonPropertyOrder}, so a field moved into a base
 * class does not change the JSON they write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class NameListContact extends QboEntity {
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
    @JsonProperty("PrimaryEmailAddr")
    private EmailAddress primaryEmailAddr;
    @JsonProperty("PrimaryPhone")
    private TelephoneNumber primaryPhone;
    @JsonProperty("BillAddr")
    private PhysicalAddress billAddr;
    @JsonProperty("CurrencyRef")
    private ReferenceType currencyRef;
    @JsonProperty("Balance")
    private BigDecimal balance;
    @JsonProperty("Active")
    private Boolean active;

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

    public PhysicalAddress getBillAddr() {
        return billAddr;
    }

    public void setBillAddr(PhysicalAddress billAddr) {
        this.billAddr = billAddr;
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

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
