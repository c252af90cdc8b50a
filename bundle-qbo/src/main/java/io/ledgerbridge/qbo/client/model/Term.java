package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** Payment terms such as Net 30. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "Name", "Type", "DueDays",
        "DiscountDays", "DiscountPercent", "DayOfMonthDue", "Active"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Term extends NamedListEntity {
    @JsonProperty("Type")
    private String type;
    @JsonProperty("DueDays")
    private Integer dueDays;
    @JsonProperty("DiscountDays")
    private Integer discountDays;
    @JsonProperty("DiscountPercent")
    private BigDecimal discountPercent;
    @JsonProperty("DayOfMonthDue")
    private Integer dayOfMonthDue;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public void setDueDays(Integer dueDays) {
        this.dueDays = dueDays;
    }

    public Integer getDiscountDays() {
        return discountDays;
    }

    public void setDiscountDays(Integer discountDays) {
        this.discountDays = discountDays;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    public Integer getDayOfMonthDue() {
        return dayOfMonthDue;
    }

    public void setDayOfMonthDue(Integer dayOfMonthDue) {
        this.dayOfMonthDue = dayOfMonthDue;
    }
}
