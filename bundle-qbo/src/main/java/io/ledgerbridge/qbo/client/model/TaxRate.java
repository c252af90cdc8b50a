package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A tax rate; {@code RateValue} is a percentage. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TaxRate extends QboEntity {
    @JsonProperty("Name")
    private String name;
    @JsonProperty("Description")
    private String description;
    @JsonProperty("Active")
    private Boolean active;
    @JsonProperty("RateValue")
    private BigDecimal rateValue;
    @JsonProperty("AgencyRef")
    private ReferenceType agencyRef;
    @JsonProperty("SpecialTaxType")
    private String specialTaxType;
    @JsonProperty("DisplayType")
    private String displayType;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
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
