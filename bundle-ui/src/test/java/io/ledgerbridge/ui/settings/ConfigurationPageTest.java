package io.ledgerbridge.ui.settings;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static io.ledgerbridge.ui.testing.FakeHttp.CSRF;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.ui.connection.ConnectionPage;
import io.ledgerbridge.ui.testing.FakeConnector;
import io.ledgerbridge.ui.testing.FakeHttp;
import io.ledgerbridge.ui.testing.FakeHttp.Answer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationPageTest {
    final FakeConnector connector = new FakeConnector();
    final ConnectionPage page = new ConnectionPage(connector);

    private FakeHttp validForm() {
        return FakeHttp.post("/configuration", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "save")
                .param("enabled", "true").param("notificationRecipients", "ops@example.com, boss@example.com")
                .param("customerDisplayNameTemplate", "{companyName}").param("projectDisplayNameTemplate", "{projectName}")
                .param("docNumberTemplate", "INV-{invoiceNumber}").param("nameClashTemplate", "{displayName} ({email})")
                .param("locale", "EU").param("usTaxMode", "TAX_OVERRIDE").param("defaultItemId", "7")
                .param("defaultClassId", "").param("taxItemId", "").param("invoiceStates", "SENT", "PAID")
                .param("syncStartDate", "2026-01-01").param("autoSyncInterval", "30").param("maxAttempts", "7");
    }

    @Test
    void showsEverySettingWithTheCompanysListsAndThePreviewEscaped() {
        connector.stored = ConnectorSettings.defaults().toBuilder().customerDisplayNameTemplate("{companyName}").build();
        Answer a = FakeHttp.get("/configuration", ADMIN).send(page);

        assertThat(a.status).isEqualTo(200);
        for (String field : SettingsForm.LABELS.keySet()) {
            assertThat(a.body()).as(field).contains("name=\"" + field + "\"");
        }
        assertThat(a.body()).contains("<option value=\"7\">ITEMS seven</option>")
                .contains("<option value=\"7\">CLASSES seven</option>")
                .contains("<option value=\"CUSTOMER:c-1\" selected>Customer c-1</option>")
                .contains("Acme &lt;b&gt;Corp&lt;/b&gt;").doesNotContain("<b>Corp</b>")
                .contains("id=\"lb-tab-configuration\" class=\"lb-tab lb-tab-active\"");
    }

    @Test
    void aValidFormIsSavedWithEveryField() {
        Answer a = validForm().send(page);

        assertThat(a.redirect).isEqualTo("/ledgerbridge/quickbooks/configuration?m=saved");
        ConnectorSettings s = connector.stored;
        assertThat(s.enabled()).isTrue();
        assertThat(s.notificationRecipients()).containsExactly("ops@example.com", "boss@example.com");
        assertThat(s.projectsAsSubCustomers()).isFalse();
        assertThat(s.docNumberTemplate()).isEqualTo("INV-{invoiceNumber}");
        assertThat(s.locale().name()).isEqualTo("EU");
        assertThat(s.defaultItemId()).isEqualTo("7");
        assertThat(s.defaultClassId()).isNull();
        assertThat(s.invoiceStates()).containsExactlyInAnyOrder(InvoiceStatus.SENT, InvoiceStatus.PAID);
        assertThat(s.syncStartDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.autoSyncInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.maxAttempts()).isEqualTo(7);
    }

    @Test
    void everyRefusedValueIsNamedWithItsRemedyAndNothingIsSaved() {
        Answer a = validForm().param("notificationRecipients", "not-an-address").param("autoSyncInterval", "2")
                .param("maxAttempts", "lots").param("syncStartDate", "yesterday").param("invoiceStates", "DRAFT")
                .send(page);

        assertThat(a.status).isEqualTo(422);
        assertThat(connector.settingsSaves).isZero();
        assertThat(connector.stored).isEqualTo(ConnectorSettings.defaults());
        assertThat(a.body()).contains("Nothing was saved: 5 values were refused")
                .contains("Notification recipients: &#39;not-an-address&#39; is not an e-mail address — give addresses such as accounts@example.com")
                .contains("Auto-sync interval (minutes): must be at least 5 minutes — choose an interval of 5 minutes")
                .contains("Attempts before an error: &#39;lots&#39; is not a whole number")
                .contains("Sync start date: &#39;yesterday&#39; is not a date — give a date as YYYY-MM-DD")
                .contains("Invoice states pushed: draft invoices are never pushed — remove DRAFT")
                .contains("value=\"yesterday\"");
    }

    @Test
    void previewShowsTheTruncationWithoutSaving() {
        Answer a = validForm().param("action", "preview").param("customerDisplayNameTemplate",
                "{companyName} and a very long tail").send(page);

        assertThat(connector.settingsSaves).isZero();
        assertThat(a.body()).contains("Preview only: nothing was saved").contains("QuickBooks allows 20 characters");
    }

    @Test
    void theLivePreviewAnswersAStandalonePiece() {
        Answer a = FakeHttp.post("/configuration/preview", ADMIN).param("ledgerbridge_csrf", CSRF)
                .param("customerDisplayNameTemplate", "{companyName}!").param("locale", "US")
                .param("usTaxMode", "SEPARATE_LINE").param("maxAttempts", "5").param("docNumberTemplate", "{x}")
                .param("projectDisplayNameTemplate", "{p}").param("nameClashTemplate", "{n}").send(page);

        assertThat(a.headers).containsEntry("X-LedgerBridge-Standalone", "true");
        assertThat(a.body()).contains("id=\"lb-preview-table\"").contains("Acme &lt;b&gt;Corp&lt;/b&gt;!")
                .doesNotContain("lb-tabs");
        assertThat(connector.settingsSaves).isZero();
    }

    @Test
    void withoutAConnectionTheListsAreTextFieldsAndThePageSaysWhy() {
        connector.connected = false;

        Answer a = FakeHttp.get("/configuration", ADMIN).send(page);

        assertThat(a.body()).contains("The company&#39;s lists cannot be read: No active QuickBooks connection")
                .contains("<a class=\"lb-link\" href=\"/ledgerbridge/quickbooks\">Settings → Integrations → "
                        + "QuickBooks</a>")
                .contains("<input type=\"text\" id=\"lb-defaultItemId\"");
        assertThat(List.of(a.status)).containsExactly(200);
    }

    /** Issue 17 §4: a DisplayName template {company} was saved without complaint. */
    @Test
    void aTemplateTheConnectorRefusesIsNamedNextToItsFieldAndNothingIsSaved() {
        Answer a = validForm().param("customerDisplayNameTemplate", "{company}").send(page);

        assertThat(a.status).isEqualTo(422);
        assertThat(a.body()).contains("Nothing was saved: 1 value was refused")
                .contains("unknown field {company} — use only the fields {companyName}, {contactName}");
        assertThat(connector.settingsSaves).isZero();
    }

    @Test
    void aWarningIsShownBeforeSavingAndSaveAnywaySavesIt() {
        Answer warned = validForm().param("docNumberTemplate", "LONG-PREFIX-{invoiceNumber}").send(page);

        assertThat(warned.status).isEqualTo(200);
        assertThat(warned.body()).contains("Not saved yet: read the warning below")
                .contains("id=\"lb-warnings\"").contains("numbers would be cut to 21 characters — shorten the template")
                .contains("id=\"lb-save-anyway\"");
        assertThat(connector.settingsSaves).isZero();

        Answer saved = validForm().param("docNumberTemplate", "LONG-PREFIX-{invoiceNumber}")
                .param("warnings", "accept").send(page);
        assertThat(saved.redirect).isEqualTo("/ledgerbridge/quickbooks/configuration?m=saved");
        assertThat(connector.stored.docNumberTemplate()).isEqualTo("LONG-PREFIX-{invoiceNumber}");
    }
}
