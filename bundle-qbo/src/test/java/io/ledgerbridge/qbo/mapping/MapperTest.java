package io.ledgerbridge.qbo.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.settings.UsTaxMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapperTest {
    static final ConnectorSettings S = ConnectorSettings.defaults();
    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    static HostCustomer customer(String company, String contact, String email) {
        return new HostCustomer("c1", company, contact, email, "+1 555 0100 ext 1234567890123456789",
                new Address("1 Main St", null, "Springfield", "CA", "94000", "USA"), null, NOW);
    }

    static HostInvoiceLine line(String id, String service, String name, String qty, String price, String rate,
            String dept) {
        return new HostInvoiceLine(id, service, "cat-" + id, name, null, new BigDecimal(qty), Money.of(price, "USD"),
                rate, dept);
    }

    static HostInvoice invoice(List<HostInvoiceLine> lines, String tax, BigDecimal rate) {
        return new HostInvoice("i1", "c1", null, "INV-1001", InvoiceStatus.SENT, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1), Currency.getInstance("USD"), lines, Money.of(tax, "USD"), rate,
                null, "Thank you", NOW);
    }

    @Test
    void customerFieldsMapAndAreCut() {
        JsonNode c = CustomerMapper.customer(customer("Acme: Widgets", "Jane Q Doe", "ap@acme.example"), S).body();
        assertThat(c.path("DisplayName").asText()).isEqualTo("Acme Widgets");
        assertThat(c.path("CompanyName").asText()).isEqualTo("Acme: Widgets");
        assertThat(c.path("GivenName").asText()).isEqualTo("Jane Q");
        assertThat(c.path("FamilyName").asText()).isEqualTo("Doe");
        assertThat(c.path("PrimaryEmailAddr").path("Address").asText()).isEqualTo("ap@acme.example");
        assertThat(c.path("PrimaryPhone").path("FreeFormNumber").asText()).hasSize(30);
        assertThat(c.path("BillAddr").path("City").asText()).isEqualTo("Springfield");
        assertThat(c.path("BillAddr").path("CountrySubDivisionCode").asText()).isEqualTo("CA");
    }

    @Test
    void displayNameFallsBackToTheContactAndHonoursTheCap() {
        assertThat(CustomerMapper.customer(customer(null, "Jane Doe", "j@x.example"), S).body()
                .path("DisplayName").asText()).isEqualTo("Jane Doe");
        ConnectorSettings capped = S.toBuilder().capDisplayNameAt100(true).build();
        Mapped m = CustomerMapper.customer(customer("A".repeat(150), null, "j@x.example"), capped);
        assertThat(m.body().path("DisplayName").asText()).hasSize(100);
        assertThat(m.adjustments().originals()).containsEntry("DisplayName", "A".repeat(150));
        assertThat(CustomerMapper.customer(customer("A".repeat(600), null, "j@x.example"), S).body()
                .path("DisplayName").asText()).hasSize(500);
    }

    @Test
    void aCustomerWithoutEmailIsNotSent() {
        assertThatThrownBy(() -> CustomerMapper.customer(customer("Acme", null, null), S))
                .isInstanceOf(MappingException.class)
                .hasMessage("Failed to sync customer: the customer has no email address");
    }

    @Test
    void projectsBecomeJobsOfTheirCustomer() {
        HostProject p = new HostProject("p1", "c1", "Web: site", true, NOW);
        JsonNode job = CustomerMapper.project(p, customer("Acme", null, "a@x.example"), "58", S).body();
        // QuickBooks prefixes the parent itself (FullyQualifiedName "Acme:Web site"), so the default is the project.
        assertThat(job.path("DisplayName").asText()).isEqualTo("Web site");
        ConnectorSettings prefixed = S.toBuilder().projectDisplayNameTemplate("{customerName}:{projectName}").build();
        assertThat(CustomerMapper.project(p, customer("Acme", null, "a@x.example"), "58", prefixed).body()
                .path("DisplayName").asText()).isEqualTo("Acme - Web site");
        assertThat(job.path("Job").asBoolean()).isTrue();
        assertThat(job.path("ParentRef").path("value").asText()).isEqualTo("58");
        assertThat(job.path("BillWithParent").asBoolean()).isTrue();
    }

    @Test
    void itemsComeFromTheMappingElseDefaultElsePerLineElseGeneric() {
        MappingTables t = new MappingTables(List.of(new Mapping(MappingKind.ITEM, "consult", "12", "4"),
                new Mapping(MappingKind.DEPARTMENT_CLASS, "north", "7", null)));
        HostInvoiceLine mapped = line("l1", "consult", "Consulting", "1", "10", null, "north");
        HostInvoiceLine unmapped = line("l2", "other", "Gadget:X", "1", "10", null, "north");
        HostInvoiceLine blank = line("l3", null, null, "1", "10", null, null);
        assertThat(InvoiceMapper.itemFor(mapped, S, t)).isEqualTo(new ItemChoice.Known("12"));
        assertThat(InvoiceMapper.itemFor(unmapped, S, t)).isEqualTo(new ItemChoice.Generic());
        ConnectorSettings withDefault = S.toBuilder().defaultItemId("1").defaultClassId("9").build();
        assertThat(InvoiceMapper.itemFor(unmapped, withDefault, t)).isEqualTo(new ItemChoice.Known("1"));
        ConnectorSettings perLine = S.toBuilder().createItemsPerLine(true).build();
        assertThat(InvoiceMapper.itemFor(unmapped, perLine, t)).isEqualTo(new ItemChoice.PerLine("GadgetX", "cat-l2"));
        assertThat(InvoiceMapper.itemFor(blank, perLine, t)).isEqualTo(new ItemChoice.Generic());
        // Class: the item's class, else the department's, else the default.
        assertThat(InvoiceMapper.classFor(mapped, withDefault, t)).isEqualTo("4");
        assertThat(InvoiceMapper.classFor(unmapped, withDefault, t)).isEqualTo("7");
        assertThat(InvoiceMapper.classFor(blank, withDefault, t)).isEqualTo("9");
        assertThat(InvoiceMapper.classFor(blank, S, t)).isNull();
    }

    @Test
    void usInvoicesCarryTheHostTaxAsASeparateLine() {
        HostInvoice inv = invoice(List.of(line("l1", null, "Work", "2", "50", null, null)), "8.50",
                new BigDecimal("8.5"));
        JsonNode b = InvoiceMapper.invoice(inv, "58", S, new MappingTables(List.of()), id -> "1", "77").body();
        assertThat(b.path("CustomerRef").path("value").asText()).isEqualTo("58");
        assertThat(b.path("DocNumber").asText()).isEqualTo("INV-1001");
        assertThat(b.path("TxnDate").asText()).isEqualTo("2026-02-01");
        assertThat(b.path("CustomerMemo").path("value").asText()).isEqualTo("Thank you");
        JsonNode lines = b.path("Line");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("Amount").decimalValue()).isEqualByComparingTo("100");
        assertThat(lines.get(0).path("SalesItemLineDetail").path("Qty").decimalValue()).isEqualByComparingTo("2");
        assertThat(lines.get(0).path("SalesItemLineDetail").path("TaxCodeRef").path("value").asText())
                .isEqualTo("NON");
        assertThat(lines.get(1).path("Description").asText()).isEqualTo("Tax (8.5%)");
        assertThat(lines.get(1).path("Amount").decimalValue()).isEqualByComparingTo("8.50");
        assertThat(lines.get(1).path("SalesItemLineDetail").path("ItemRef").path("value").asText()).isEqualTo("77");
        assertThat(b.has("TxnTaxDetail")).isFalse();
    }

    @Test
    void usTaxOverrideSetsTotalTaxAndMarksLinesTaxable() {
        ConnectorSettings s = S.toBuilder().usTaxMode(UsTaxMode.TAX_OVERRIDE).build();
        HostInvoice inv = invoice(List.of(line("l1", null, "Work", "1", "100", null, null)), "8.50", null);
        JsonNode b = InvoiceMapper.invoice(inv, "58", s, new MappingTables(List.of()), id -> "1", null).body();
        assertThat(b.path("Line")).hasSize(1);
        assertThat(b.path("TxnTaxDetail").path("TotalTax").decimalValue()).isEqualByComparingTo("8.50");
        assertThat(b.path("Line").get(0).path("SalesItemLineDetail").path("TaxCodeRef").path("value").asText())
                .isEqualTo("TAX");
    }

    @Test
    void euAndCanadaGetATaxCodePerLineFromTheRateMapping() {
        ConnectorSettings eu = S.toBuilder().locale(TaxLocale.EU).build();
        MappingTables t = new MappingTables(List.of(new Mapping(MappingKind.TAX_CODE, "VAT20", "5", null)));
        HostInvoice inv = invoice(List.of(line("l1", null, "Work", "1", "100", "VAT20", null)), "20", null);
        JsonNode b = InvoiceMapper.invoice(inv, "58", eu, t, id -> "1", null).body();
        assertThat(b.path("GlobalTaxCalculation").asText()).isEqualTo("TaxExcluded");
        assertThat(b.path("Line").get(0).path("SalesItemLineDetail").path("TaxCodeRef").path("value").asText())
                .isEqualTo("5");
        HostInvoice unmapped = invoice(List.of(line("l1", null, "Work", "1", "100", "VAT7", null)), "7", null);
        assertThatThrownBy(() -> InvoiceMapper.invoice(unmapped, "58", S.toBuilder().locale(TaxLocale.CANADA).build(),
                t, id -> "1", null)).isInstanceOf(MappingException.class).hasMessageContaining("VAT7");
    }

    @Test
    void longDocNumbersMemosAndDescriptionsAreCut() {
        HostInvoiceLine longLine = new HostInvoiceLine("l1", null, null, "n", "d".repeat(5000), BigDecimal.ONE,
                Money.of("1", "USD"), null, null);
        HostInvoice inv = new HostInvoice("i1", "c1", null, "N".repeat(30), InvoiceStatus.SENT,
                LocalDate.of(2026, 2, 1), null, Currency.getInstance("USD"), List.of(longLine), null, null,
                Money.of("0.5", "USD"), "m".repeat(1500), NOW);
        Mapped m = InvoiceMapper.invoice(inv, "58", S, new MappingTables(List.of()), id -> "1", null);
        assertThat(m.body().path("DocNumber").asText()).hasSize(21);
        assertThat(m.body().path("CustomerMemo").path("value").asText()).hasSize(1000);
        assertThat(m.body().path("Line").get(0).path("Description").asText()).hasSize(4000);
        assertThat(m.body().path("Line").get(1).path("DetailType").asText()).isEqualTo("DiscountLineDetail");
        assertThat(m.adjustments().originals()).containsKeys("DocNumber", "CustomerMemo", "Line[1].Description");
    }

    @Test
    void currencyIsCheckedBeforeAnyCall() {
        HostInvoice usd = invoice(List.of(line("l1", null, "W", "1", "1", null, null)), "0", null);
        InvoiceMapper.checkCurrency(usd, null, "USD", false);
        assertThatThrownBy(() -> InvoiceMapper.checkCurrency(usd, null, "CAD", false))
                .isInstanceOf(MappingException.class).hasMessageContaining("only in CAD");
        assertThatThrownBy(() -> InvoiceMapper.checkCurrency(usd, Currency.getInstance("EUR"), "CAD", true))
                .isInstanceOf(MappingException.class).hasMessageContaining("kept in EUR");
        InvoiceMapper.checkCurrency(usd, Currency.getInstance("USD"), "CAD", true);
    }

    @Test
    void aCustomerInAForeignCurrencyIsRefusedBeforeAnyCallUnlessTheCompanyTakesIt() {
        HostCustomer cad = new HostCustomer("c9", "Maple Leaf Consulting", null, "ap@maple.example", null, null,
                Currency.getInstance("CAD"), Instant.now());
        HostCustomer home = new HostCustomer("c8", "Acme", null, "ap@acme.example", null, null, null, Instant.now());

        assertThatThrownBy(() -> CustomerMapper.checkCurrency(cad, "USD", false))
                .isInstanceOf(MappingException.class)
                .hasMessage("Currency mismatch: customer Maple Leaf Consulting is kept in CAD but the QuickBooks "
                        + "company works only in USD")
                .satisfies(e -> assertThat(((MappingException) e).remedy()).contains("multi-currency"));
        CustomerMapper.checkCurrency(cad, "USD", true);
        CustomerMapper.checkCurrency(cad, "CAD", false);
        CustomerMapper.checkCurrency(home, "USD", false);
    }

    @Test
    void paymentsLinkTheInvoiceAndDepositPerMethodElseUndepositedFunds() {
        MappingTables t = new MappingTables(List.of(new Mapping(MappingKind.PAYMENT_DEPOSIT_ACCOUNT, "card", "35",
                null)));
        HostPayment card = new HostPayment("p1", "i1", Money.of("40", "USD"), LocalDate.of(2026, 2, 5), "card",
                "CHK-1234");
        JsonNode p = TransactionMapper.payment(card, "58", "239", t).body();
        assertThat(p.path("TotalAmt").decimalValue()).isEqualByComparingTo("40");
        assertThat(p.path("DepositToAccountRef").path("value").asText()).isEqualTo("35");
        assertThat(p.path("PaymentRefNum").asText()).isEqualTo("CHK-1234");
        assertThat(p.path("Line").get(0).path("LinkedTxn").get(0).path("TxnId").asText()).isEqualTo("239");
        assertThat(p.path("Line").get(0).path("LinkedTxn").get(0).path("TxnType").asText()).isEqualTo("Invoice");
        HostPayment cheque = new HostPayment("p2", "i1", Money.of("10", "USD"), LocalDate.of(2026, 2, 5), "cheque",
                null);
        assertThat(TransactionMapper.payment(cheque, "58", "239", t).body().has("DepositToAccountRef")).isFalse();
    }

    @Test
    void expensesBecomePurchasesThroughTheAccountMappings() {
        MappingTables t = new MappingTables(List.of(
                new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "visa", "42", "CreditCard"),
                new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "travel", "13", null)));
        HostExpense e = new HostExpense("e1", "City Cabs", "visa", "travel", Money.of("42.5", "USD"),
                LocalDate.of(2026, 1, 6), "Taxi to client", "c1", NOW);
        JsonNode p = TransactionMapper.purchase(e, "30", "58", t).body();
        assertThat(p.path("PaymentType").asText()).isEqualTo("CreditCard");
        assertThat(p.path("AccountRef").path("value").asText()).isEqualTo("42");
        assertThat(p.path("EntityRef").path("value").asText()).isEqualTo("30");
        assertThat(p.path("EntityRef").path("type").asText()).isEqualTo("Vendor");
        assertThat(p.path("PrivateNote").asText()).isEqualTo("Taxi to client");
        JsonNode d = p.path("Line").get(0).path("AccountBasedExpenseLineDetail");
        assertThat(d.path("AccountRef").path("value").asText()).isEqualTo("13");
        assertThat(d.path("CustomerRef").path("value").asText()).isEqualTo("58");
        assertThat(d.path("BillableStatus").asText()).isEqualTo("Billable");
        HostExpense unmapped = new HostExpense("e2", "X", "cash", "travel", Money.of("1", "USD"),
                LocalDate.of(2026, 1, 6), null, null, NOW);
        assertThatThrownBy(() -> TransactionMapper.purchase(unmapped, "30", null, t))
                .isInstanceOf(MappingException.class).hasMessageContaining("'cash'");
        assertThat(CustomerMapper.vendor("City:Cabs", S).body().path("DisplayName").asText()).isEqualTo("CityCabs");
    }

    @Test
    void customFieldsAreRenderedByDefinitionAndAnUnknownFieldSaysSo() {
        HostInvoice inv = invoice(List.of(line("l1", null, "Work", "1", "1", null, null)), "0", null);
        MappingTables t = new MappingTables(List.of(new Mapping(MappingKind.CUSTOM_FIELD, "P.O. Number",
                "PO-{invoiceNumber}", null)));
        com.fasterxml.jackson.databind.node.ObjectNode body = InvoiceMapper.invoice(inv, "58", S, t, id -> "1", null)
                .body();
        InvoiceMapper.customFields(inv, "Acme", t, java.util.Map.of("P.O. Number", "1"), body);
        assertThat(body.path("CustomField").get(0).path("DefinitionId").asText()).isEqualTo("1");
        assertThat(body.path("CustomField").get(0).path("StringValue").asText()).isEqualTo("PO-INV-1001");
        assertThatThrownBy(() -> InvoiceMapper.customFields(inv, "Acme", t, java.util.Map.of(), body))
                .isInstanceOf(MappingException.class).hasMessageContaining("'P.O. Number'");
        com.fasterxml.jackson.databind.node.ObjectNode none = InvoiceMapper.invoice(inv, "58", S,
                new MappingTables(List.of()), id -> "1", null).body();
        InvoiceMapper.customFields(inv, "Acme", new MappingTables(List.of()), java.util.Map.of(), none);
        assertThat(none.has("CustomField")).isFalse();
    }
}
