package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A product or service; {@code Type} is Service, NonInventory, Inventory, Category or Group. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "Name", "Sku", "Type",
        "Description", "UnitPrice", "IncomeAccountRef", "ExpenseAccountRef", "AssetAccountRef", "Taxable",
        "SalesTaxCodeRef", "PurchaseTaxCodeRef", "PurchaseDesc", "PurchaseCost", "TrackQtyOnHand", "QtyOnHand",
        "InvStartDate", "Active", "SubItem", "ParentRef", "FullyQualifiedName", "Level"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Item extends NestedListEntity {
    @JsonProperty("Sku")
    private String sku;
    @JsonProperty("Type")
    private String type;
    @JsonProperty("Description")
    private String description;
    @JsonProperty("UnitPrice")
    private BigDecimal unitPrice;
    @JsonProperty("IncomeAccountRef")
    private ReferenceType incomeAccountRef;
    @JsonProperty("ExpenseAccountRef")
    private ReferenceType expenseAccountRef;
    @JsonProperty("AssetAccountRef")
    private ReferenceType assetAccountRef;
    @JsonProperty("Taxable")
    private Boolean taxable;
    @JsonProperty("SalesTaxCodeRef")
    private ReferenceType salesTaxCodeRef;
    @JsonProperty("PurchaseTaxCodeRef")
    private ReferenceType purchaseTaxCodeRef;
    @JsonProperty("PurchaseDesc")
    private String purchaseDesc;
    @JsonProperty("PurchaseCost")
    private BigDecimal purchaseCost;
    @JsonProperty("TrackQtyOnHand")
    private Boolean trackQtyOnHand;
    @JsonProperty("QtyOnHand")
    private BigDecimal qtyOnHand;
    @JsonProperty("InvStartDate")
    private LocalDate invStartDate;
    @JsonProperty("SubItem")
    private Boolean subItem;
    @JsonProperty("Level")
    private Integer level;

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public ReferenceType getIncomeAccountRef() {
        return incomeAccountRef;
    }

    public void setIncomeAccountRef(ReferenceType incomeAccountRef) {
        this.incomeAccountRef = incomeAccountRef;
    }

    public ReferenceType getExpenseAccountRef() {
        return expenseAccountRef;
    }

    public void setExpenseAccountRef(ReferenceType expenseAccountRef) {
        this.expenseAccountRef = expenseAccountRef;
    }

    public ReferenceType getAssetAccountRef() {
        return assetAccountRef;
    }

    public void setAssetAccountRef(ReferenceType assetAccountRef) {
        this.assetAccountRef = assetAccountRef;
    }

    public Boolean getTaxable() {
        return taxable;
    }

    public void setTaxable(Boolean taxable) {
        this.taxable = taxable;
    }

    public ReferenceType getSalesTaxCodeRef() {
        return salesTaxCodeRef;
    }

    public void setSalesTaxCodeRef(ReferenceType salesTaxCodeRef) {
        this.salesTaxCodeRef = salesTaxCodeRef;
    }

    public ReferenceType getPurchaseTaxCodeRef() {
        return purchaseTaxCodeRef;
    }

    public void setPurchaseTaxCodeRef(ReferenceType purchaseTaxCodeRef) {
        this.purchaseTaxCodeRef = purchaseTaxCodeRef;
    }

    public String getPurchaseDesc() {
        return purchaseDesc;
    }

    public void setPurchaseDesc(String purchaseDesc) {
        this.purchaseDesc = purchaseDesc;
    }

    public BigDecimal getPurchaseCost() {
        return purchaseCost;
    }

    public void setPurchaseCost(BigDecimal purchaseCost) {
        this.purchaseCost = purchaseCost;
    }

    public Boolean getTrackQtyOnHand() {
        return trackQtyOnHand;
    }

    public void setTrackQtyOnHand(Boolean trackQtyOnHand) {
        this.trackQtyOnHand = trackQtyOnHand;
    }

    public BigDecimal getQtyOnHand() {
        return qtyOnHand;
    }

    public void setQtyOnHand(BigDecimal qtyOnHand) {
        this.qtyOnHand = qtyOnHand;
    }

    public LocalDate getInvStartDate() {
        return invStartDate;
    }

    public void setInvStartDate(LocalDate invStartDate) {
        this.invStartDate = invStartDate;
    }

    public Boolean getSubItem() {
        return subItem;
    }

    public void setSubItem(Boolean subItem) {
        this.subItem = subItem;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }
}
