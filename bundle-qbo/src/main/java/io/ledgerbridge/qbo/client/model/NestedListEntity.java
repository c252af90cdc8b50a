package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A named list entity that can sit below a parent of its kind: {@code ParentRef} names the parent and
 * {@code FullyQualifiedName} is the {@code Parent:Child} path. Account, Item, Class, Department (each has its own
 * {@code SubAccount}/{@code SubItem}/{@code SubClass}/{@code SubDepartment} flag).
 * <p>Subclasses keep their QuickBooks property order with {@code @JsonPropertyOrder}, so a field moved into a base
 * class does not change the JSON they write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class NestedListEntity extends NamedListEntity {
    @JsonProperty("ParentRef")
    private ReferenceType parentRef;
    @JsonProperty("FullyQualifiedName")
    private String fullyQualifiedName;

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
}
