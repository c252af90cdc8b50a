package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One tax line of a transaction's tax detail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TaxLine {
    @JsonProperty("Amount")
    private BigDecimal amount;
    @JsonProperty("DetailType")
    private String detailType;
    @JsonProperty("TaxLineDetail")
    private TaxLineDetail taxLineDetail;

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

    public TaxLineDetail getTaxLineDetail() {
        return taxLineDetail;
    }

    public void setTaxLineDetail(TaxLineDetail taxLineDetail) {
        this.taxLineDetail = taxLineDetail;
    }
}
