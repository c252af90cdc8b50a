package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A line of a sales form (Invoice, CreditMemo); {@code DetailType} names which detail is set. */
@JsonPropertyOrder({"Id", "LineNum", "Description", "Amount", "DetailType", "SalesItemLineDetail",
        "SubTotalLineDetail", "DiscountLineDetail", "DescriptionLineDetail", "LinkedTxn"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Line extends LineBase {
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
