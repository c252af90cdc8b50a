package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A free-form telephone number (at most 30 characters). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TelephoneNumber {
    @JsonProperty("FreeFormNumber")
    private String freeFormNumber;

    public String getFreeFormNumber() {
        return freeFormNumber;
    }

    public void setFreeFormNumber(String freeFormNumber) {
        this.freeFormNumber = freeFormNumber;
    }
}
