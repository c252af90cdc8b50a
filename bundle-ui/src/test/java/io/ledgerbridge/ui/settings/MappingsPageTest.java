package io.ledgerbridge.ui.settings;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static io.ledgerbridge.ui.testing.FakeHttp.CSRF;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.ui.connection.ConnectionPage;
import io.ledgerbridge.ui.page.Remedies;
import io.ledgerbridge.ui.testing.FakeConnector;
import io.ledgerbridge.ui.testing.FakeHttp;
import io.ledgerbridge.ui.testing.FakeHttp.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingsPageTest {
    final FakeConnector connector = new FakeConnector();
    final ConnectionPage page = new ConnectionPage(connector);

    @Test
    void everyTableHasASectionWhoseAnchorTheRemediesLinkTo() {
        Answer a = FakeHttp.get("/mappings", ADMIN).send(page);

        assertThat(a.status).isEqualTo(200);
        for (MappingKind kind : MappingKind.values()) {
            String anchor = kind.name().toLowerCase(java.util.Locale.ROOT);
            assertThat(Remedies.SECTIONS).containsValue(anchor);
            assertThat(a.body()).as(anchor).contains("<section class=\"lb-card\" id=\"" + anchor + "\">");
        }
        assertThat(a.body()).contains("<h2>Expense payment accounts</h2>")
                .contains("<option value=\"41\">Visa &lt;Corp&gt; (Credit Card)</option>")
                .contains("<option value=\"CreditCard\">CreditCard</option>");
    }

    @Test
    void keysUsedByHostRecordsButUnmappedComeFirstWithTheirOwnForm() {
        connector.unmapped.put(MappingKind.EXPENSE_PAYMENT_ACCOUNT, List.of("Corporate <Visa>"));
        connector.mappings.put(MappingKind.EXPENSE_PAYMENT_ACCOUNT, new java.util.LinkedHashMap<>(java.util.Map.of(
                "Cash", new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Cash", "35", "Cash"))));

        String body = FakeHttp.get("/mappings", ADMIN).send(page).body();

        String table = body.substring(body.indexOf("id=\"lb-table-expense_payment_account\""));
        assertThat(table.indexOf("data-key=\"Corporate &lt;Visa&gt;\"")).isPositive()
                .isLessThan(table.indexOf("data-key=\"Cash\""));
        assertThat(table).contains("<td>Checking</td>").contains("used by host records, not mapped");
        assertThat(body).contains("title=\"used but not mapped\">1</span>");
    }

    @Test
    void addChangeAndRemoveAMapping() {
        Answer added = FakeHttp.post("/mappings", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "save")
                .param("kind", "EXPENSE_PAYMENT_ACCOUNT").param("hostKey", "Corporate Visa").param("remoteId", "41")
                .param("extra", "CreditCard").send(page);

        assertThat(added.redirect).isEqualTo("/ledgerbridge/quickbooks/mappings?m=saved&key=Corporate+Visa"
                + "#expense_payment_account");
        assertThat(connector.mappings.get(MappingKind.EXPENSE_PAYMENT_ACCOUNT)).containsValue(
                new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Corporate Visa", "41", "CreditCard"));

        FakeHttp.post("/mappings", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "save")
                .param("kind", "EXPENSE_PAYMENT_ACCOUNT").param("hostKey", "Corporate Visa").param("remoteId", "35")
                .param("extra", "Check").send(page);
        assertThat(connector.mappings.get(MappingKind.EXPENSE_PAYMENT_ACCOUNT).get("Corporate Visa").remoteId())
                .isEqualTo("35");

        FakeHttp.post("/mappings", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "remove")
                .param("kind", "EXPENSE_PAYMENT_ACCOUNT").param("hostKey", "Corporate Visa").send(page);
        assertThat(connector.mappings.get(MappingKind.EXPENSE_PAYMENT_ACCOUNT)).isEmpty();
    }

    @Test
    void aMappingWithoutARemoteValueIsRefusedByNameAndNothingIsSaved() {
        Answer a = FakeHttp.post("/mappings", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "save")
                .param("kind", "TAX_CODE").param("hostKey", "VAT20").param("remoteId", "").send(page);

        assertThat(a.status).isEqualTo(400);
        assertThat(a.body()).contains("Nothing was saved: remoteId");
        assertThat(connector.mappings).doesNotContainKey(MappingKind.TAX_CODE);
    }
}
