package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A line of a Purchase (an expense). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PurchaseLine {
    @JsonProperty("Id")
    private String id;
    @JsonProperty("LineNum")
    private Integer lineNum;
    @JsonProperty("Description")
    private String description;
    @JsonProperty("Amount")
    private BigDecimal amount;
    @JsonProperty("DetailType")
    private String detailType;
    @JsonProperty("AccountBasedExpenseLineDetail")
    private AccountBasedExpenseLineDetail accountBasedExpenseLineDetail;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getLineNum() {
        return lineNum;
    }

    public void setLineNum(Integer lineNum) {
        this.lineNum = lineNum;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getDetailType() {
        return detailType;
    }

    public void setDetailType(String detailType) {
        this.detailType = detailType;
    }

    public AccountBasedExpenseLineDetail getAccountBasedExpenseLineDetail() {
        return accountBasedExpenseLineDetail;
    }

    public void setAccountBasedExpenseLineDetail(AccountBasedExpenseLineDetail accountBasedExpenseLineDetail) {
        this.accountBasedExpenseLineDetail = accountBasedExpenseLineDetail;
    }
}
