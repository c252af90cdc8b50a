package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A tax rate; {@code RateValue} is a percentage. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "Name", "Description", "Active",
        "RateValue", "AgencyRef", "SpecialTaxType", "DisplayType"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TaxRate extends NamedListEntity {
    @JsonProperty("Description")
    private String description;
    @JsonProperty("RateValue")
    private BigDecimal rateValue;
    @JsonProperty("AgencyRef")
    private ReferenceType agencyRef;
    @JsonProperty("SpecialTaxType")
    private String specialTaxType;
    @JsonProperty("DisplayType")
    private String displayType;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getRateValue() {
        return rateValue;
    }

    public void setRateValue(BigDecimal rateValue) {
        this.rateValue = rateValue;
    }

    public ReferenceType getAgencyRef() {
        return agencyRef;
    }

    public void setAgencyRef(ReferenceType agencyRef) {
        this.agencyRef = agencyRef;
    }

    public String getSpecialTaxType() {
        return specialTaxType;
    }

    public void setSpecialTaxType(String specialTaxType) {
        this.specialTaxType = specialTaxType;
    }

    public String getDisplayType() {
        return displayType;
    }

    public void setDisplayType(String displayType) {
        this.displayType = displayType;
    }
}
