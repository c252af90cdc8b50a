package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A ledger account of the chart of accounts. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "Name", "AcctNum", "Description",
        "AccountType", "AccountSubType", "Classification", "SubAccount", "ParentRef", "FullyQualifiedName", "Active",
        "CurrentBalance", "CurrentBalanceWithSubAccounts", "CurrencyRef"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Account extends NestedListEntity {
    @JsonProperty("AcctNum")
    private String acctNum;
    @JsonProperty("Description")
    private String description;
    @JsonProperty("AccountType")
    private String accountType;
    @JsonProperty("AccountSubType")
    private String accountSubType;
    @JsonProperty("Classification")
    private String classification;
    @JsonProperty("SubAccount")
    private Boolean subAccount;
    @JsonProperty("CurrentBalance")
    private BigDecimal currentBalance;
    @JsonProperty("CurrentBalanceWithSubAccounts")
    private BigDecimal currentBalanceWithSubAccounts;
    @JsonProperty("CurrencyRef")
    private ReferenceType currencyRef;

    public String getAcctNum() {
        return acctNum;
    }

    public void setAcctNum(String acctNum) {
        this.acctNum = acctNum;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAccountType() {
        return accountType;
    }

    public void setAccountType(String accountType) {
        this.accountType = accountType;
    }

    public String getAccountSubType() {
        return accountSubType;
    }

    public void setAccountSubType(String accountSubType) {
        this.accountSubType = accountSubType;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public Boolean getSubAccount() {
        return subAccount;
    }

    public void setSubAccount(Boolean subAccount) {
        this.subAccount = subAccount;
    }

    public BigDecimal getCurrentBalance() {
        return currentBalance;
    }

    public void setCurrentBalance(BigDecimal currentBalance) {
        this.currentBalance = currentBalance;
    }

    public BigDecimal getCurrentBalanceWithSubAccounts() {
        return currentBalanceWithSubAccounts;
    }

    public void setCurrentBalanceWithSubAccounts(BigDecimal currentBalanceWithSubAccounts) {
        this.currentBalanceWithSubAccounts = currentBalanceWithSubAccounts;
    }

    public ReferenceType getCurrencyRef() {
        return currencyRef;
    }

    public void setCurrencyRef(ReferenceType currencyRef) {
        this.currencyRef = currencyRef;
    }
}
