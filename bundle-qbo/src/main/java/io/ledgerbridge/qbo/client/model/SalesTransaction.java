package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A sales form sent to a customer (Intuit's {@code SalesTransaction}): the fields Invoice and CreditMemo share.
 * {@code Balance} is computed by QuickBooks.
 * <p>Subclasses keep their QuickBooks property order with {@code @JsonPropertyOrder}, so a field moved into a base
 * class does not change the JSON they write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class SalesTransaction extends Transaction<Line> {
    @JsonProperty("CustomerRef")
    private ReferenceType customerRef;
    @JsonProperty("DocNumber")
    private String docNumber;
    @JsonProperty("CustomerMemo")
    private MemoRef customerMemo;
    @JsonProperty("BillEmail")
    private EmailAddress billEmail;
    @JsonProperty("BillAddr")
    private PhysicalAddress billAddr;
    @JsonProperty("TxnTaxDetail")
    private TxnTaxDetail txnTaxDetail;
    @JsonProperty("GlobalTaxCalculation")
    private String globalTaxCalculation;
    @JsonProperty("Balance")
    private BigDecimal balance;
    @JsonProperty("CustomField")
    private List<CustomField> customField;
    @JsonProperty("ClassRef")
    private ReferenceType classRef;
    @JsonProperty("DepartmentRef")
    private ReferenceType departmentRef;

    public ReferenceType getCustomerRef() {
        return customerRef;
    }

    public void setCustomerRef(ReferenceType customerRef) {
        this.customerRef = customerRef;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public MemoRef getCustomerMemo() {
        return customerMemo;
    }

    public void setCustomerMemo(MemoRef customerMemo) {
        this.customerMemo = customerMemo;
    }

    public EmailAddress getBillEmail() {
        return billEmail;
    }

    public void setBillEmail(EmailAddress billEmail) {
        this.billEmail = billEmail;
    }

    public PhysicalAddress getBillAddr() {
        return billAddr;
    }

    public void setBillAddr(PhysicalAddress billAddr) {
        this.billAddr = billAddr;
    }

    public TxnTaxDetail getTxnTaxDetail() {
        return txnTaxDetail;
    }

    public void setTxnTaxDetail(TxnTaxDetail txnTaxDetail) {
        this.txnTaxDetail = txnTaxDetail;
    }

    public String getGlobalTaxCalculation() {
        return globalTaxCalculation;
    }

    public void setGlobalTaxCalculation(String globalTaxCalculation) {
        this.globalTaxCalculation = globalTaxCalculation;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public List<CustomField> getCustomField() {
        return customField;
    }

    public void setCustomField(List<CustomField> customField) {
        this.customField = customField;
    }

    public ReferenceType getClassRef() {
        return classRef;
    }

    public void setClassRef(ReferenceType classRef) {
        this.classRef = classRef;
    }

    public ReferenceType getDepartmentRef() {
        return departmentRef;
    }

    public void setDepartmentRef(ReferenceType departmentRef) {
        this.departmentRef = departmentRef;
    }
}
