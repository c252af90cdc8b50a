package io.ledgerbridge.qbo.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.client.http.QboJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The abstract bases carry their fields' QuickBooks names and inclusion rules into every subclass: a subclass writes
 * the inherited properties under QuickBooks' names, in the subclass's own property order, and reads them back while
 * ignoring fields it does not know.
 */
class ModelBaseClassJsonTest {
    private final ObjectMapper mapper = QboJson.newObjectMapper();

    private static ReferenceType ref(String value) {
        ReferenceType ref = new ReferenceType();
        ref.setValue(value);
        return ref;
    }

    @Test
    void transactionFieldsAreWrittenAndReadByEachTransactionKind() throws Exception {
        Payment payment = new Payment();
        payment.setTxnDate(LocalDate.of(2026, 1, 20));
        payment.setPrivateNote("ext-id: PAY-7001");
        payment.setTotalAmt(new BigDecimal("150.00"));
        payment.setCurrencyRef(ref("USD"));
        payment.setExchangeRate(BigDecimal.ONE);
        PaymentLine applied = new PaymentLine();
        applied.setAmount(new BigDecimal("150.00"));
        payment.setLine(List.of(applied));

        assertThat(mapper.writeValueAsString(payment)).isEqualTo("{\"TotalAmt\":150.00,\"TxnDate\":\"2026-01-20\","
                + "\"Line\":[{\"Amount\":150.00}],\"PrivateNote\":\"ext-id: PAY-7001\",\"CurrencyRef\":{\"value\":\"USD\"},"
                + "\"ExchangeRate\":1}");

        Purchase purchase = mapper.readValue("{\"Id\":\"252\",\"TxnDate\":\"2026-01-06\",\"PrivateNote\":\"memo\","
                + "\"TotalAmt\":42.50,\"CurrencyRef\":{\"value\":\"CAD\"},\"ExchangeRate\":0.74,\"NotYetKnown\":[1],"
                + "\"Line\":[{\"Amount\":42.50,\"DetailType\":\"AccountBasedExpenseLineDetail\",\"Unknown\":{}}]}",
                Purchase.class);
        assertThat(purchase.getId()).isEqualTo("252");
        assertThat(purchase.getTxnDate()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(purchase.getPrivateNote()).isEqualTo("memo");
        assertThat(purchase.getTotalAmt()).isEqualByComparingTo("42.50");
        assertThat(purchase.getCurrencyRef().getValue()).isEqualTo("CAD");
        assertThat(purchase.getExchangeRate()).isEqualByComparingTo("0.74");
        assertThat(purchase.getLine()).singleElement().isInstanceOf(PurchaseLine.class);
    }

    @Test
    void salesTransactionFieldsAreSharedByInvoiceAndCreditMemo() throws Exception {
        CreditMemo memo = new CreditMemo();
        memo.setCustomerRef(ref("58"));
        memo.setDocNumber("CM-1");
        MemoRef customerMemo = new MemoRef();
        customerMemo.setValue("Sorry");
        memo.setCustomerMemo(customerMemo);
        EmailAddress email = new EmailAddress();
        email.setAddress("ap@acme.example");
        memo.setBillEmail(email);
        memo.setGlobalTaxCalculation("TaxExcluded");
        memo.setBalance(BigDecimal.TEN);
        memo.setClassRef(ref("5"));
        memo.setDepartmentRef(ref("2"));
        memo.setRemainingCredit(BigDecimal.TEN);

        assertThat(mapper.writeValueAsString(memo)).isEqualTo("{\"CustomerRef\":{\"value\":\"58\"},"
                + "\"DocNumber\":\"CM-1\",\"CustomerMemo\":{\"value\":\"Sorry\"},"
                + "\"BillEmail\":{\"Address\":\"ap@acme.example\"},\"GlobalTaxCalculation\":\"TaxExcluded\","
                + "\"Balance\":10,\"RemainingCredit\":10,\"ClassRef\":{\"value\":\"5\"},\"DepartmentRef\":{\"value\":\"2\"}}");

        Invoice invoice = mapper.readValue("{\"CustomerRef\":{\"value\":\"58\"},\"DocNumber\":\"INV-1\","
                + "\"BillAddr\":{\"Line1\":\"1 Main St\"},\"TxnTaxDetail\":{\"TotalTax\":0},\"Balance\":0,"
                + "\"CustomField\":[{\"DefinitionId\":\"1\"}],\"FutureField\":true,"
                + "\"Line\":[{\"Amount\":1,\"DetailType\":\"SubTotalLineDetail\",\"SubTotalLineDetail\":{}}]}",
                Invoice.class);
        assertThat(invoice.getCustomerRef().getValue()).isEqualTo("58");
        assertThat(invoice.getDocNumber()).isEqualTo("INV-1");
        assertThat(invoice.getBillAddr().getLine1()).isEqualTo("1 Main St");
        assertThat(invoice.getTxnTaxDetail().getTotalTax()).isEqualByComparingTo("0");
        assertThat(invoice.getBalance()).isEqualByComparingTo("0");
        assertThat(invoice.getCustomField()).extracting(CustomField::getDefinitionId).containsExactly("1");
        assertThat(invoice.getLine()).extracting(Line::getDetailType).containsExactly("SubTotalLineDetail");
    }

    @Test
    void nameListContactFieldsAreSharedByCustomerAndVendor() throws Exception {
        Vendor vendor = new Vendor();
        vendor.setDisplayName("City Cabs");
        vendor.setGivenName("Sam");
        vendor.setFamilyName("Driver");
        vendor.setCompanyName("City Cabs Ltd");
        vendor.setPrintOnCheckName("City Cabs Ltd");
        TelephoneNumber phone = new TelephoneNumber();
        phone.setFreeFormNumber("555");
        vendor.setPrimaryPhone(phone);
        vendor.setCurrencyRef(ref("USD"));
        vendor.setActive(true);
        vendor.setAcctNum("A-1");

        assertThat(mapper.writeValueAsString(vendor)).isEqualTo("{\"DisplayName\":\"City Cabs\",\"GivenName\":\"Sam\","
                + "\"FamilyName\":\"Driver\",\"CompanyName\":\"City Cabs Ltd\",\"PrintOnCheckName\":\"City Cabs Ltd\","
                + "\"PrimaryPhone\":{\"FreeFormNumber\":\"555\"},\"AcctNum\":\"A-1\",\"CurrencyRef\":{\"value\":\"USD\"},"
                + "\"Active\":true}");

        Customer customer = mapper.readValue("{\"DisplayName\":\"Acme\",\"Title\":\"Ms\",\"MiddleName\":\"Q\","
                + "\"Suffix\":\"Jr\",\"PrimaryEmailAddr\":{\"Address\":\"a@b.c\"},\"BillAddr\":{\"City\":\"X\"},"
                + "\"Balance\":5,\"Active\":false,\"IsProject\":false,\"GSTIN\":\"x\"}", Customer.class);
        assertThat(customer.getDisplayName()).isEqualTo("Acme");
        assertThat(customer.getTitle()).isEqualTo("Ms");
        assertThat(customer.getMiddleName()).isEqualTo("Q");
        assertThat(customer.getSuffix()).isEqualTo("Jr");
        assertThat(customer.getPrimaryEmailAddr().getAddress()).isEqualTo("a@b.c");
        assertThat(customer.getBillAddr().getCity()).isEqualTo("X");
        assertThat(customer.getBalance()).isEqualByComparingTo("5");
        assertThat(customer.getActive()).isFalse();
    }

    @Test
    void namedListEntityFieldsAreWrittenAndRead() throws Exception {
        TaxRate rate = new TaxRate();
        rate.setName("State");
        rate.setDescription("State tax");
        rate.setActive(true);
        rate.setRateValue(new BigDecimal("8"));

        assertThat(mapper.writeValueAsString(rate))
                .isEqualTo("{\"Name\":\"State\",\"Description\":\"State tax\",\"Active\":true,\"RateValue\":8}");

        Term term = mapper.readValue("{\"Id\":\"3\",\"Name\":\"Net 30\",\"Active\":true,\"DueDays\":30,\"Future\":1}",
                Term.class);
        assertThat(term.getName()).isEqualTo("Net 30");
        assertThat(term.getActive()).isTrue();
    }

    @Test
    void nestedListEntityFieldsAreWrittenAndRead() throws Exception {
        QboClass child = new QboClass();
        child.setName("East");
        child.setSubClass(true);
        child.setParentRef(ref("1"));
        child.setFullyQualifiedName("Regions:East");
        child.setActive(true);

        assertThat(mapper.writeValueAsString(child)).isEqualTo("{\"Name\":\"East\",\"SubClass\":true,"
                + "\"ParentRef\":{\"value\":\"1\"},\"FullyQualifiedName\":\"Regions:East\",\"Active\":true}");

        Account account = mapper.readValue("{\"Name\":\"Travel\",\"SubAccount\":true,\"ParentRef\":{\"value\":\"7\"},"
                + "\"FullyQualifiedName\":\"Expenses:Travel\",\"Active\":true,\"TaxCodeRef\":{\"value\":\"x\"}}",
                Account.class);
        assertThat(account.getName()).isEqualTo("Travel");
        assertThat(account.getParentRef().getValue()).isEqualTo("7");
        assertThat(account.getFullyQualifiedName()).isEqualTo("Expenses:Travel");
        assertThat(account.getActive()).isTrue();
    }

    @Test
    void lineBaseFieldsAreSharedBySalesAndPurchaseLines() throws Exception {
        PurchaseLine line = new PurchaseLine();
        line.setId("1");
        line.setLineNum(1);
        line.setDescription("Taxi");
        line.setAmount(new BigDecimal("42.50"));
        line.setDetailType("AccountBasedExpenseLineDetail");

        assertThat(mapper.writeValueAsString(line)).isEqualTo("{\"Id\":\"1\",\"LineNum\":1,\"Description\":\"Taxi\","
                + "\"Amount\":42.50,\"DetailType\":\"AccountBasedExpenseLineDetail\"}");

        Line sales = mapper.readValue("{\"Id\":\"2\",\"LineNum\":2,\"Description\":\"Consulting\",\"Amount\":150.00,"
                + "\"DetailType\":\"SalesItemLineDetail\",\"ProjectRef\":{\"value\":\"9\"}}", Line.class);
        assertThat(sales.getId()).isEqualTo("2");
        assertThat(sales.getLineNum()).isEqualTo(2);
        assertThat(sales.getDescription()).isEqualTo("Consulting");
        assertThat(sales.getAmount()).isEqualByComparingTo("150.00");
        assertThat(sales.getDetailType()).isEqualTo("SalesItemLineDetail");
    }
}
