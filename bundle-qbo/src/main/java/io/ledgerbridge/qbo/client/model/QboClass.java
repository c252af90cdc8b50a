package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A QuickBooks Class (entity name {@code Class}), used for class tracking. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "Name", "SubClass", "ParentRef",
        "FullyQualifiedName", "Active"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class QboClass extends NestedListEntity {
    @JsonProperty("SubClass")
    private Boolean subClass;

    public Boolean getSubClass() {
        return subClass;
    }

    public void setSubClass(Boolean subClass) {
        this.subClass = subClass;
    }
}
