package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Currency preferences. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CurrencyPrefs {
    @JsonProperty("MultiCurrencyEnabled")
    private Boolean multiCurrencyEnabled;
    @JsonProperty("HomeCurrency")
    private ReferenceType homeCurrency;

    public Boolean getMultiCurrencyEnabled() {
        return multiCurrencyEnabled;
    }

    public void setMultiCurrencyEnabled(Boolean multiCurrencyEnabled) {
        this.multiCurrencyEnabled = multiCurrencyEnabled;
    }

    public ReferenceType getHomeCurrency() {
        return homeCurrency;
    }

    public void setHomeCurrency(ReferenceType homeCurrency) {
        this.homeCurrency = homeCurrency;
    }
}
