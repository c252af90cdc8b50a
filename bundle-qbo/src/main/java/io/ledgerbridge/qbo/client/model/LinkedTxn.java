package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A link from one transaction to another (e.g. a Payment line to the Invoice it pays). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class LinkedTxn {
    @JsonProperty("TxnId")
    private String txnId;
    @JsonProperty("TxnType")
    private String txnType;
    @JsonProperty("TxnLineId")
    private String txnLineId;

    public String getTxnId() {
        return txnId;
    }

    public void setTxnId(String txnId) {
        this.txnId = txnId;
    }

    public String getTxnType() {
        return txnType;
    }

    public void setTxnType(String txnType) {
        this.txnType = txnType;
    }

    public String getTxnLineId() {
        return txnLineId;
    }

    public void setTxnLineId(String txnLineId) {
        this.txnLineId = txnLineId;
    }
}
