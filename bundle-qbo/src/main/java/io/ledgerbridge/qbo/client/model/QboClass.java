package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A QuickBooks Class (entity name {@code Class}), used for class tracking. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class QboClass extends QboEntity {
    @JsonProperty("Name")
    private String name;
    @JsonProperty("SubClass")
    private Boolean subClass;
    @JsonProperty("ParentRef")
    private ReferenceType parentRef;
    @JsonProperty("FullyQualifiedName")
    private String fullyQualifiedName;
    @JsonProperty("Active")
    private Boolean active;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getSubClass() {
        return subClass;
    }

    public void setSubClass(Boolean subClass) {
        this.subClass = subClass;
    }

    public ReferenceType getParentRef() {
        return parentRef;
    }

    public void setParentRef(ReferenceType parentRef) {
        this.parentRef = parentRef;
    }

    public String getFullyQualifiedName() {
        return fullyQualifiedName;
    }

    public void setFullyQualifiedName(String fullyQualifiedName) {
        this.fullyQualifiedName = fullyQualifiedName;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
