package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The rates a TaxCode applies. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TaxRateList {
    @JsonProperty("TaxRateDetail")
    private List<TaxRateDetail> taxRateDetail;

    public List<TaxRateDetail> getTaxRateDetail() {
        return taxRateDetail;
    }

    public void setTaxRateDetail(List<TaxRateDetail> taxRateDetail) {
        this.taxRateDetail = taxRateDetail;
    }
}
