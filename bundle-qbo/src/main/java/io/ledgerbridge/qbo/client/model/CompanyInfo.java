package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** The company's identity; {@code Country} decides US or global tax behaviour. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CompanyInfo extends QboEntity {
    @JsonProperty("CompanyName")
    private String companyName;
    @JsonProperty("LegalName")
    private String legalName;
    @JsonProperty("CompanyAddr")
    private PhysicalAddress companyAddr;
    @JsonProperty("LegalAddr")
    private PhysicalAddress legalAddr;
    @JsonProperty("CustomerCommunicationAddr")
    private PhysicalAddress customerCommunicationAddr;
    @JsonProperty("CompanyEmailAddr")
    private EmailAddress companyEmailAddr;
    @JsonProperty("PrimaryPhone")
    private TelephoneNumber primaryPhone;
    @JsonProperty("Country")
    private String country;
    @JsonProperty("FiscalYearStartMonth")
    private String fiscalYearStartMonth;
    @JsonProperty("CompanyStartDate")
    private LocalDate companyStartDate;
    @JsonProperty("DefaultTimeZone")
    private String defaultTimeZone;

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public PhysicalAddress getCompanyAddr() {
        return companyAddr;
    }

    public void setCompanyAddr(PhysicalAddress companyAddr) {
        this.companyAddr = companyAddr;
    }

    public PhysicalAddress getLegalAddr() {
        return legalAddr;
    }

    public void setLegalAddr(PhysicalAddress legalAddr) {
        this.legalAddr = legalAddr;
    }

    public PhysicalAddress getCustomerCommunicationAddr() {
        return customerCommunicationAddr;
    }

    public void setCustomerCommunicationAddr(PhysicalAddress customerCommunicationAddr) {
        this.customerCommunicationAddr = customerCommunicationAddr;
    }

    public EmailAddress getCompanyEmailAddr() {
        return companyEmailAddr;
    }

    public void setCompanyEmailAddr(EmailAddress companyEmailAddr) {
        this.companyEmailAddr = companyEmailAddr;
    }

    public TelephoneNumber getPrimaryPhone() {
        return primaryPhone;
    }

    public void setPrimaryPhone(TelephoneNumber primaryPhone) {
        this.primaryPhone = primaryPhone;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public void setFiscalYearStartMonth(String fiscalYearStartMonth) {
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    public LocalDate getCompanyStartDate() {
        return companyStartDate;
    }

    public void setCompanyStartDate(LocalDate companyStartDate) {
        this.companyStartDate = companyStartDate;
    }

    public String getDefaultTimeZone() {
        return defaultTimeZone;
    }

    public void setDefaultTimeZone(String defaultTimeZone) {
        this.defaultTimeZone = defaultTimeZone;
    }
}
