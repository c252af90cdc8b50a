package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Sales form preferences; with {@code CustomTxnNumbers} off QuickBooks numbers invoices itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SalesFormsPrefs {
    @JsonProperty("CustomTxnNumbers")
    private Boolean customTxnNumbers;
    @JsonProperty("AllowDeposit")
    private Boolean allowDeposit;
    @JsonProperty("AllowDiscount")
    private Boolean allowDiscount;
    @JsonProperty("AllowShipping")
    private Boolean allowShipping;
    @JsonProperty("DefaultTerms")
    private ReferenceType defaultTerms;
    @JsonProperty("AutoApplyCredit")
    private Boolean autoApplyCredit;
    @JsonProperty("AutoApplyPayments")
    private Boolean autoApplyPayments;
    @JsonProperty("CustomField")
    private JsonNode customField;

    public Boolean getCustomTxnNumbers() {
        return customTxnNumbers;
    }

    public void setCustomTxnNumbers(Boolean customTxnNumbers) {
        this.customTxnNumbers = customTxnNumbers;
    }

    public Boolean getAllowDeposit() {
        return allowDeposit;
    }

    public void setAllowDeposit(Boolean allowDeposit) {
        this.allowDeposit = allowDeposit;
    }

    public Boolean getAllowDiscount() {
        return allowDiscount;
    }

    public void setAllowDiscount(Boolean allowDiscount) {
        this.allowDiscount = allowDiscount;
    }

    public Boolean getAllowShipping() {
        return allowShipping;
    }

    public void setAllowShipping(Boolean allowShipping) {
        this.allowShipping = allowShipping;
    }

    public ReferenceType getDefaultTerms() {
        return defaultTerms;
    }

    public void setDefaultTerms(ReferenceType defaultTerms) {
        this.defaultTerms = defaultTerms;
    }

    public Boolean getAutoApplyCredit() {
        return autoApplyCredit;
    }

    public void setAutoApplyCredit(Boolean autoApplyCredit) {
        this.autoApplyCredit = autoApplyCredit;
    }

    public Boolean getAutoApplyPayments() {
        return autoApplyPayments;
    }

    public void setAutoApplyPayments(Boolean autoApplyPayments) {
        this.autoApplyPayments = autoApplyPayments;
    }

    public JsonNode getCustomField() {
        return customField;
    }

    public void setCustomField(JsonNode customField) {
        this.customField = customField;
    }
}
