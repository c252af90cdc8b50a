package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fields every QuickBooks entity carries. {@code SyncToken} is QuickBooks' optimistic-lock counter: an update
 * or delete must send the current one or it fails with 5010. {@code status} is only set on the
 * {@code "status":"Deleted"} stubs that delete and CDC return.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class QboEntity {
    @JsonProperty("Id")
    private String id;
    @JsonProperty("SyncToken")
    private String syncToken;
    @JsonProperty("sparse")
    private Boolean sparse;
    @JsonProperty("domain")
    private String domain;
    @JsonProperty("status")
    private String status;
    @JsonProperty("MetaData")
    private MetaData metaData;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSyncToken() {
        return syncToken;
    }

    public void setSyncToken(String syncToken) {
        this.syncToken = syncToken;
    }

    public Boolean getSparse() {
        return sparse;
    }

    public void setSparse(Boolean sparse) {
        this.sparse = sparse;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public MetaData getMetaData() {
        return metaData;
    }

    public void setMetaData(MetaData metaData) {
        this.metaData = metaData;
    }

    /** True for the stub QuickBooks returns for a deleted record (delete response, CDC). */
    @JsonIgnore
    public boolean isDeleted() {
        return "Deleted".equals(status);
    }
}
