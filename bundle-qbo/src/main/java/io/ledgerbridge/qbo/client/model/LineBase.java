package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The fields of a transaction line of any detail type; {@code DetailType} names which detail is set.
 * <p>Subclasses keep their QuickBooks property order with {@code @JsonPropertyOrder}, so a field moved into a base
 * class does not change the JSON they write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class LineBase {
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
}
