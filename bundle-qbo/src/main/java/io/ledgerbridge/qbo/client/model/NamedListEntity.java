package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A list entity known by its {@code Name} that is deactivated rather than deleted ({@code Active}): Account, Item, Class,
 * Department, TaxCode, TaxRate, PaymentMethod, Term.
 * <p>Subclasses keep their QuickBooks property order with {@code @JsonPropertyOrder}, so a field moved into a base
 * class does not change the JSON they write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class NamedListEntity extends QboEntity {
    @JsonProperty("Name")
    private String name;
    @JsonProperty("Active")
    private Boolean active;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
