package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A QuickBooks Department (shown as Location in some companies). */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "Name", "SubDepartment",
        "ParentRef", "FullyQualifiedName", "Active"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Department extends NestedListEntity {
    @JsonProperty("SubDepartment")
    private Boolean subDepartment;

    public Boolean getSubDepartment() {
        return subDepartment;
    }

    public void setSubDepartment(Boolean subDepartment) {
        this.subDepartment = subDepartment;
    }
}
