package io.ledgerbridge.ui.settings;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static io.ledgerbridge.ui.testing.FakeHttp.CSRF;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.SettingsProblem;
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
        assertThat(table).contains("<option value=\"35\" selected>Checking (Bank)</option>")
                .contains("used by host records, not mapped");
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

    /** Issue 17 §4: about 18 Save clicks, one per row. */
    @Test
    void theWholePageIsSavedWithOneClickChangedRowsOnly() {
        connector.unmapped.put(MappingKind.EXPENSE_PAYMENT_ACCOUNT, List.of("Corporate Visa"));
        connector.mappings.put(MappingKind.EXPENSE_PAYMENT_ACCOUNT, new java.util.LinkedHashMap<>(java.util.Map.of(
                "Cash", new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Cash", "35", "Cash"))));
        String body = FakeHttp.get("/mappings", ADMIN).send(page).body();
        assertThat(body).contains("id=\"lb-mappings-form\"").contains("id=\"lb-save-all\"")
                .doesNotContain("name=\"action\" value=\"save\"");

        FakeHttp post = FakeHttp.post("/mappings", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "save-all");
        int visa = row(body, "EXPENSE_PAYMENT_ACCOUNT", "Corporate Visa");
        int added = row(body, "EXPENSE_PAYMENT_ACCOUNT", null);
        Answer a = rows(post, body).param("remoteId." + visa, "41").param("extra." + visa, "CreditCard")
                .param("hostKey." + added, "Petty").param("remoteId." + added, "35").param("extra." + added, "Cash")
                .param("remoteId." + row(body, "EXPENSE_PAYMENT_ACCOUNT", "Cash"), "35")
                .param("extra." + row(body, "EXPENSE_PAYMENT_ACCOUNT", "Cash"), "Cash").send(page);

        assertThat(a.redirect).isEqualTo("/ledgerbridge/quickbooks/mappings?m=saved-all&n=2");
        assertThat(connector.mappings.get(MappingKind.EXPENSE_PAYMENT_ACCOUNT)).containsOnlyKeys("Corporate Visa",
                "Cash", "Petty");
        assertThat(FakeHttp.get("/mappings", ADMIN).param("m", "saved-all").param("n", "2").send(page).body())
                .contains("Saved 2 mappings");
    }

    @Test
    void aRefusedRowIsNamedWithItsRemedyTheTypedValuesStayAndNothingIsSaved() {
        connector.unmapped.put(MappingKind.EXPENSE_PAYMENT_ACCOUNT, List.of("Corporate Visa", "Petty"));
        connector.mappingProblems.add(new SettingsProblem("Expense payment accounts: Corporate Visa",
                "'Checking' is a Bank account, but QuickBooks takes a CreditCard payment only from a Credit Card "
                        + "account", "choose a Credit Card account in Settings → Integrations → QuickBooks → Mappings → "
                        + "Expense payment accounts", true));
        String body = FakeHttp.get("/mappings", ADMIN).send(page).body();

        Answer a = rows(FakeHttp.post("/mappings", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "save-all"),
                body).param("remoteId." + row(body, "EXPENSE_PAYMENT_ACCOUNT", "Corporate Visa"), "35")
                .param("extra." + row(body, "EXPENSE_PAYMENT_ACCOUNT", "Corporate Visa"), "CreditCard")
                .param("remoteId." + row(body, "EXPENSE_PAYMENT_ACCOUNT", "Petty"), "35")
                .param("extra." + row(body, "EXPENSE_PAYMENT_ACCOUNT", "Petty"), "Cash").send(page);

        assertThat(a.status).isEqualTo(400);
        assertThat(a.body()).contains("Nothing was saved: 1 row was refused")
                .contains("<strong>Expense payment accounts: Corporate Visa</strong>: &#39;Checking&#39; is a Bank")
                .contains("href=\"/ledgerbridge/quickbooks/mappings#expense_payment_account\"")
                .contains("class=\"lb-unmapped lb-invalid\" data-key=\"Corporate Visa\"")
                .contains("<option value=\"35\" selected>Checking (Bank)</option>");
        assertThat(connector.mappings).doesNotContainKey(MappingKind.EXPENSE_PAYMENT_ACCOUNT);
    }

    /** The form's number of a row of a table: a stored or unmapped key, or ({@code null}) its new row. */
    private static int row(String body, String kind, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"kind\\.(\\d+)\" value=\"" + kind
                + "\"><input type=\"" + (key == null ? "text\" name=\"hostKey\\.\\d+\"" : "hidden\" name=\"hostKey\\.\\d+\" value=\""
                        + key + "\"")).matcher(body);
        if (!m.find()) {
            throw new AssertionError("no row " + kind + " " + key);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Posts every row's fixed fields as the page has them (kind.N, hostKey.N, orig.N). */
    private static FakeHttp rows(FakeHttp post, String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<input type=\"hidden\" name=\"((?:kind|hostKey|orig)\\.\\d+)\" value=\"([^\"]*)\">").matcher(body);
        while (m.find()) {
            post.param(m.group(1), m.group(2).replace("&amp;", "&").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\""));
        }
        return post;
    }
}
