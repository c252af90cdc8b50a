package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The tax of a whole transaction. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TxnTaxDetail {
    @JsonProperty("TxnTaxCodeRef")
    private ReferenceType txnTaxCodeRef;
    @JsonProperty("TotalTax")
    private BigDecimal totalTax;
    @JsonProperty("TaxLine")
    private List<TaxLine> taxLine;

    public ReferenceType getTxnTaxCodeRef() {
        return txnTaxCodeRef;
    }

    public void setTxnTaxCodeRef(ReferenceType txnTaxCodeRef) {
        this.txnTaxCodeRef = txnTaxCodeRef;
    }

    public BigDecimal getTotalTax() {
        return totalTax;
    }

    public void setTotalTax(BigDecimal totalTax) {
        this.totalTax = totalTax;
    }

    public List<TaxLine> getTaxLine() {
        return taxLine;
    }

    public void setTaxLine(List<TaxLine> taxLine) {
        this.taxLine = taxLine;
    }
}
