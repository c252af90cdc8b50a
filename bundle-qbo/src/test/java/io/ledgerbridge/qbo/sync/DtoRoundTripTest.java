package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.settings.UsTaxMode;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.mapping.CustomerMapper;
import io.ledgerbridge.qbo.mapping.InvoiceMapper;
import io.ledgerbridge.qbo.mapping.Mapped;
import io.ledgerbridge.qbo.mapping.MappingTables;
import io.ledgerbridge.qbo.mapping.TransactionMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field the mapper writes survives the client's DTOs, so nothing is silently dropped on the wire. */
class DtoRoundTripTest extends WorkerTestBase {
    private final ObjectMapper mapper = QboJson.newObjectMapper();

    private void survives(Mapped m) throws Exception {
        ObjectNode body = m.body().deepCopy().put("Id", "5").put("SyncToken", "0");
        Object dto = mapper.treeToValue(body, EntityType.named(m.entity()).orElseThrow().type());
        ObjectNode back = mapper.valueToTree(dto);
        assertThat(normalised(back)).as(m.entity()).isEqualTo(normalised(body));
    }

    /** Numbers compare by value (the client may write 100.00 as 1E+2). */
    private static com.fasterxml.jackson.databind.JsonNode normalised(com.fasterxml.jackson.databind.JsonNode n) {
        if (n.isNumber()) {
            return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(n.decimalValue().stripTrailingZeros());
        }
        if (n.isObject()) {
            ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            n.fields().forEachRemaining(e -> o.set(e.getKey(), normalised(e.getValue())));
            return o;
        }
        if (n.isArray()) {
            var a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            n.forEach(x -> a.add(normalised(x)));
            return a;
        }
        return n;
    }

    @Test
    void customersJobsAndVendors() throws Exception {
        ConnectorSettings s = ConnectorSettings.defaults();
        var c = new io.ledgerbridge.api.host.HostCustomer("c1", "Acme", "Jane Doe", "a@x.example", "555",
                new io.ledgerbridge.api.host.Address("1 Main", "Suite 2", "Springfield", "CA", "94000", "USA"),
                java.util.Currency.getInstance("CAD"), f.clock.instant());
        survives(CustomerMapper.customer(c, s));
        survives(CustomerMapper.project(new HostProject("p1", "c1", "Web", true, f.clock.instant()), c, "58", s));
        survives(CustomerMapper.vendor("City Cabs", s));
    }

    @Test
    void invoicesInEveryTaxMode() throws Exception {
        var inv = invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "8.50");
        MappingTables t = new MappingTables(List.of(new Mapping(MappingKind.TAX_CODE, "NONE", "3", null),
                new Mapping(MappingKind.DEPARTMENT_CLASS, "d", "4", null)));
        ConnectorSettings s = ConnectorSettings.defaults().toBuilder().defaultClassId("9").build();
        survives(InvoiceMapper.invoice(inv, "58", s, t, id -> "1", "77"));
        survives(InvoiceMapper.invoice(inv, "58", s.toBuilder().usTaxMode(UsTaxMode.TAX_OVERRIDE).build(), t,
                id -> "1", null));
        survives(InvoiceMapper.invoice(inv, "58", s.toBuilder().locale(TaxLocale.EU).build(), t, id -> "1", null));
    }

    @Test
    void paymentsAndPurchases() throws Exception {
        MappingTables t = new MappingTables(List.of(new Mapping(MappingKind.PAYMENT_DEPOSIT_ACCOUNT, "card", "35", null),
                new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "visa", "42", "CreditCard"),
                new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "travel", "13", null)));
        survives(TransactionMapper.payment(new HostPayment("p1", "i1", Money.of("5", "USD"), LocalDate.of(2026, 1, 1),
                "card", "R-1"), "58", "239", t));
        survives(TransactionMapper.purchase(new HostExpense("e1", "Cabs", "visa", "travel", Money.of("5", "USD"),
                LocalDate.of(2026, 1, 1), "memo", null, f.clock.instant()), "30", "58", t));
    }
}
