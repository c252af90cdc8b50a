package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** A line of a sales form (Invoice, CreditMemo); {@code DetailType} names which detail is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Line {
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
    @JsonProperty("SalesItemLineDetail")
    private SalesItemLineDetail salesItemLineDetail;
    @JsonProperty("SubTotalLineDetail")
    private SubTotalLineDetail subTotalLineDetail;
    @JsonProperty("DiscountLineDetail")
    private DiscountLineDetail discountLineDetail;
    @JsonProperty("DescriptionLineDetail")
    private DescriptionLineDetail descriptionLineDetail;
    @JsonProperty("LinkedTxn")
    private List<LinkedTxn> linkedTxn;

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

    public SalesItemLineDetail getSalesItemLineDetail() {
        return salesItemLineDetail;
    }

    public void setSalesItemLineDetail(SalesItemLineDetail salesItemLineDetail) {
        this.salesItemLineDetail = salesItemLineDetail;
    }

    public SubTotalLineDetail getSubTotalLineDetail() {
        return subTotalLineDetail;
    }

    public void setSubTotalLineDetail(SubTotalLineDetail subTotalLineDetail) {
        this.subTotalLineDetail = subTotalLineDetail;
    }

    public DiscountLineDetail getDiscountLineDetail() {
        return discountLineDetail;
    }

    public void setDiscountLineDetail(DiscountLineDetail discountLineDetail) {
        this.discountLineDetail = discountLineDetail;
    }

    public DescriptionLineDetail getDescriptionLineDetail() {
        return descriptionLineDetail;
    }

    public void setDescriptionLineDetail(DescriptionLineDetail descriptionLineDetail) {
        this.descriptionLineDetail = descriptionLineDetail;
    }

    public List<LinkedTxn> getLinkedTxn() {
        return linkedTxn;
    }

    public void setLinkedTxn(List<LinkedTxn> linkedTxn) {
        this.linkedTxn = linkedTxn;
    }
}
