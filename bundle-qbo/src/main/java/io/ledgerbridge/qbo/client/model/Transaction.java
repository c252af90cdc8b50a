package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The header fields every QuickBooks transaction carries (Intuit's {@code Transaction}): Invoice, CreditMemo, Purchase
 * and Payment. Only fields that all of them have in QuickBooks live here; {@code DocNumber}, {@code TxnTaxDetail} and
 * {@code DepartmentRef}, for instance, are not Payment fields.
 *
 * @param <L> the line type ({@link Line} on sales forms, {@link PurchaseLine}, {@link PaymentLine})
 * <p>Subclasses keep their QuickBooks property order with {@code @JsonPropertyOrder}, so a field moved into a base
 * class does not change the JSON they write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Transaction<L> extends QboEntity {
    @JsonProperty("TxnDate")
    private LocalDate txnDate;
    @JsonProperty("PrivateNote")
    private String privateNote;
    @JsonProperty("TotalAmt")
    private BigDecimal totalAmt;
    @JsonProperty("CurrencyRef")
    private ReferenceType currencyRef;
    @JsonProperty("ExchangeRate")
    private BigDecimal exchangeRate;
    @JsonProperty("Line")
    private List<L> line;

    public LocalDate getTxnDate() {
        return txnDate;
    }

    public void setTxnDate(LocalDate txnDate) {
        this.txnDate = txnDate;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String privateNote) {
        this.privateNote = privateNote;
    }

    public BigDecimal getTotalAmt() {
        return totalAmt;
    }

    public void setTotalAmt(BigDecimal totalAmt) {
        this.totalAmt = totalAmt;
    }

    public ReferenceType getCurrencyRef() {
        return currencyRef;
    }

    public void setCurrencyRef(ReferenceType currencyRef) {
        this.currencyRef = currencyRef;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public void setExchangeRate(BigDecimal exchangeRate) {
        this.exchangeRate = exchangeRate;
    }

    public List<L> getLine() {
        return line;
    }

    public void setLine(List<L> line) {
        this.line = line;
    }
}
