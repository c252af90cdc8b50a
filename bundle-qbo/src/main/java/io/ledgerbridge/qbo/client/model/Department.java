package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A QuickBooks Department (shown as Location in some companies). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Department extends QboEntity {
    @JsonProperty("Name")
    private String name;
    @JsonProperty("SubDepartment")
    private Boolean subDepartment;
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

    public Boolean getSubDepartment() {
        return subDepartment;
    }

    public void setSubDepartment(Boolean subDepartment) {
        this.subDepartment = subDepartment;
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
