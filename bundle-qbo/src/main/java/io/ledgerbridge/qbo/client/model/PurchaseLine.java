package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A line of a Purchase (an expense). */
@JsonPropertyOrder({"Id", "LineNum", "Description", "Amount", "DetailType", "AccountBasedExpenseLineDetail"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PurchaseLine extends LineBase {
    @JsonProperty("AccountBasedExpenseLineDetail")
    private AccountBasedExpenseLineDetail accountBasedExpenseLineDetail;

    public AccountBasedExpenseLineDetail getAccountBasedExpenseLineDetail() {
        return accountBasedExpenseLineDetail;
    }

    public void setAccountBasedExpenseLineDetail(AccountBasedExpenseLineDetail accountBasedExpenseLineDetail) {
        this.accountBasedExpenseLineDetail = accountBasedExpenseLineDetail;
    }
}
