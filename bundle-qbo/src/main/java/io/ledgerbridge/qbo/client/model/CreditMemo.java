package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A QuickBooks credit memo. */
@JsonPropertyOrder({"Id", "SyncToken", "sparse", "domain", "status", "MetaData", "CustomerRef", "Line", "DocNumber",
        "TxnDate", "CustomerMemo", "PrivateNote", "BillEmail", "BillAddr", "TxnTaxDetail", "GlobalTaxCalculation",
        "TotalAmt", "Balance", "RemainingCredit", "CurrencyRef", "ExchangeRate", "CustomField", "ClassRef",
        "DepartmentRef"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CreditMemo extends SalesTransaction {
    @JsonProperty("RemainingCredit")
    private BigDecimal remainingCredit;

    public BigDecimal getRemainingCredit() {
        return remainingCredit;
    }

    public void setRemainingCredit(BigDecimal remainingCredit) {
        this.remainingCredit = remainingCredit;
    }
}
