package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** The detail of a description-only line. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DescriptionLineDetail {
    @JsonProperty("ServiceDate")
    private LocalDate serviceDate;
    @JsonProperty("TaxCodeRef")
    private ReferenceType taxCodeRef;

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public void setServiceDate(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    public ReferenceType getTaxCodeRef() {
        return taxCodeRef;
    }

    public void setTaxCodeRef(ReferenceType taxCodeRef) {
        this.taxCodeRef = taxCodeRef;
    }
}
