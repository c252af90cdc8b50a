package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A QuickBooks vendor (a payee of expenses). */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "DisplayName", "Title", "GivenName",
        "MiddleName", "FamilyName", "Suffix", "CompanyName", "PrintOnCheckName", "PrimaryEmailAddr", "PrimaryPhone",
        "BillAddr", "AcctNum", "Vendor1099", "TermRef", "CurrencyRef", "Balance", "Active"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Vendor extends NameListContact {
    @JsonProperty("AcctNum")
    private String acctNum;
    @JsonProperty("Vendor1099")
    private Boolean vendor1099;
    @JsonProperty("TermRef")
    private ReferenceType termRef;

    public String getAcctNum() {
        return acctNum;
    }

    public void setAcctNum(String acctNum) {
        this.acctNum = acctNum;
    }

    public Boolean getVendor1099() {
        return vendor1099;
    }

    public void setVendor1099(Boolean vendor1099) {
        this.vendor1099 = vendor1099;
    }

    public ReferenceType getTermRef() {
        return termRef;
    }

    public void setTermRef(ReferenceType termRef) {
        this.termRef = termRef;
    }
}
