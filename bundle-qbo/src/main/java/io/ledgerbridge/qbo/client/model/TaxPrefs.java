package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Tax preferences; {@code PartnerTaxEnabled} means US automated sales tax. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TaxPrefs {
    @JsonProperty("UsingSalesTax")
    private Boolean usingSalesTax;
    @JsonProperty("PartnerTaxEnabled")
    private Boolean partnerTaxEnabled;
    @JsonProperty("TaxGroupCodeRef")
    private String taxGroupCodeRef;

    public Boolean getUsingSalesTax() {
        return usingSalesTax;
    }

    public void setUsingSalesTax(Boolean usingSalesTax) {
        this.usingSalesTax = usingSalesTax;
    }

    public Boolean getPartnerTaxEnabled() {
        return partnerTaxEnabled;
    }

    public void setPartnerTaxEnabled(Boolean partnerTaxEnabled) {
        this.partnerTaxEnabled = partnerTaxEnabled;
    }

    public String getTaxGroupCodeRef() {
        return taxGroupCodeRef;
    }

    public void setTaxGroupCodeRef(String taxGroupCodeRef) {
        this.taxGroupCodeRef = taxGroupCodeRef;
    }
}
