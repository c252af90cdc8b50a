package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The detail of a subtotal line; QuickBooks adds one to every sales form and sends it back empty. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SubTotalLineDetail {
    @JsonProperty("ItemRef")
    private ReferenceType itemRef;

    public ReferenceType getItemRef() {
        return itemRef;
    }

    public void setItemRef(ReferenceType itemRef) {
        this.itemRef = itemRef;
    }
}
