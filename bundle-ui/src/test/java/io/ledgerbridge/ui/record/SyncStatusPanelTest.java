package io.ledgerbridge.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.ui.page.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncStatusPanelTest {
    private static final PageRequest CLERK = new PageRequest(
            new HostUser("clerk", "Carl", null, TenantId.of("demo"), false), "tok", "/ledgerbridge/quickbooks-invoice",
            "http://127.0.0.1:8080", "s1", "/{type}s/{id}");
    private static final RecordRef INVOICE = RecordRef.of(RecordType.INVOICE, "INV-7");

    @Test
    void syncedRecordShowsItsQuickBooksIdAndTime() {
        String html = SyncStatusPanel.view(CLERK, new RecordSyncStatus(INVOICE, SyncState.SYNCED, "146",
                Instant.parse("2026-11-21T09:30:00Z"), null, null, 0));

        assertThat(html).contains("In QuickBooks").contains("lb-pill-green").contains(">146<")
                .contains("2026-11-21 09:30 UTC").contains("Sync again")
                .contains("name=\"type\" value=\"INVOICE\"").contains("name=\"id\" value=\"INV-7\"")
                .contains("name=\"ledgerbridge_csrf\" value=\"tok\"");
    }

    @Test
    void failedRecordShowsTheMessageAndRemedyEscaped() {
        String html = SyncStatusPanel.view(CLERK, new RecordSyncStatus(INVOICE, SyncState.FAILED, null, null,
                "Failed to sync customer: the customer has no email address", "add an <e-mail>", 3));

        assertThat(html).contains("Sync failed").contains("lb-notice-error").contains("3 attempts")
                .contains("the customer has no email address").contains("add an &lt;e-mail&gt;");
    }

    @Test
    void aConflictIsShownAndAnAdministratorGetsTheLinkToIt() {
        RecordSyncStatus conflict = new RecordSyncStatus(INVOICE, SyncState.CONFLICT, "146", null,
                "Edited in QuickBooks after the last sync", "Review it under Settings → Integrations → QuickBooks → "
                + "Conflicts", 0);
        PageRequest admin = new PageRequest(new HostUser("admin", "Ada", null, TenantId.of("demo"), true), "tok",
                "/ledgerbridge/quickbooks-invoice", "http://127.0.0.1:8080", "s1", "");

        assertThat(SyncStatusPanel.view(CLERK, conflict)).contains("Conflict").doesNotContain("lb-conflict-link");
        assertThat(SyncStatusPanel.view(admin, conflict)).contains("id=\"lb-conflict-link\"")
                .contains("href=\"/ledgerbridge/quickbooks/conflicts?type=INVOICE\"")
                .contains("<a class=\"lb-link\" href=\"/ledgerbridge/quickbooks/conflicts\">Settings → Integrations → "
                        + "QuickBooks → Conflicts</a>");
    }

    /** Issue 17 §6: a clerk's panel linked to the administrators' pages, which answer 403. */
    @Test
    void aClerksPanelNamesTheAdministratorsPagesWithoutLinkingToThem() {
        RecordSyncStatus failed = new RecordSyncStatus(INVOICE, SyncState.FAILED, null, null, "No QuickBooks tax "
                + "code is mapped for VAT rate 'VAT20'", "Map the rate under Settings → Integrations → QuickBooks → "
                + "Mappings → Tax codes, then sync again", 1);
        PageRequest admin = new PageRequest(new HostUser("admin", "Ada", null, TenantId.of("demo"), true), "tok",
                "/ledgerbridge/quickbooks-invoice", "http://127.0.0.1:8080", "s1", "");

        assertThat(SyncStatusPanel.view(CLERK, failed)).doesNotContain("href=\"/ledgerbridge/quickbooks")
                .contains("Settings → Integrations → QuickBooks → Mappings → Tax codes (ask an administrator)");
        assertThat(SyncStatusPanel.view(admin, failed))
                .contains("href=\"/ledgerbridge/quickbooks/mappings#tax_code\"");
    }

    @Test
    void anAdministratorsLinkLeadsToTheRecordsOpenConflict() {
        PageRequest admin = new PageRequest(new HostUser("admin", "Ada", null, TenantId.of("demo"), true), "tok",
                "/ledgerbridge/quickbooks-invoice", "http://127.0.0.1:8080", "s1", "");
        String html = SyncStatusPanel.view(admin, new RecordSyncStatus(INVOICE, SyncState.CONFLICT, "146", null,
                "Changed in QuickBooks: DocNumber “Z-1” → “Z-1b”", "Review it under Settings → Integrations → "
                + "QuickBooks → Conflicts", 0), "c9");

        assertThat(html).contains("Changed in QuickBooks: DocNumber “Z-1” → “Z-1b”")
                .contains("href=\"/ledgerbridge/quickbooks/conflicts?type=INVOICE#conflict-c9\"");
    }

    @Test
    void anInvoiceVoidedInQuickBooksSaysSoInThePill() {
        String html = SyncStatusPanel.view(CLERK, new RecordSyncStatus(INVOICE, SyncState.CONFLICT, "146", null,
                "Voided in QuickBooks: this invoice was voided there, the host still has it open", "resolve", 0));

        assertThat(html).contains("<span class=\"lb-pill lb-pill-red\">Voided in QuickBooks</span>")
                .doesNotContain("lb-conflict-link");
    }

    @Test
    void neverSyncedOffersTheFirstSync() {
        String html = SyncStatusPanel.view(CLERK, RecordSyncStatus.notSynced(INVOICE));

        assertThat(html).contains("Not in QuickBooks").contains(">Sync to QuickBooks<");
    }

    @Test
    void aRefusedPushSaysWhyAndAForgedOneIsRefused() {
        var panel = new CustomerSyncPanel(new io.ledgerbridge.ui.testing.FakeConnector());

        var bad = io.ledgerbridge.ui.testing.FakeHttp.post(null, io.ledgerbridge.ui.testing.FakeHttp.CLERK)
                .param("ledgerbridge_csrf", io.ledgerbridge.ui.testing.FakeHttp.CSRF).param("type", "<BOAT>")
                .param("id", "1").send(panel);
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.body()).contains("type: &#39;&lt;BOAT&gt;&#39; is not a record type")
                .contains("use the panel&#39;s own Sync button");

        var forged = io.ledgerbridge.ui.testing.FakeHttp.post(null, io.ledgerbridge.ui.testing.FakeHttp.CLERK)
                .param("type", "CUSTOMER").param("id", "1").send(panel);
        assertThat(forged.status).isEqualTo(403);
    }

    @Test
    void returnsOnlyToPagesOfThisHost() {
        assertThat(SyncStatusPanel.back(CLERK, "http://127.0.0.1:8080/invoices/INV-7")).isEqualTo("/invoices/INV-7");
        assertThat(SyncStatusPanel.back(CLERK, "https://evil.example/phish")).isEqualTo("/");
        assertThat(SyncStatusPanel.back(CLERK, "http://127.0.0.1:8080.evil.example/x")).isEqualTo("/");
        assertThat(SyncStatusPanel.back(CLERK, null)).isEqualTo("/");
    }

    @Test
    void anAdministratorSeesWhatQuickBooksHoldsWhereToOpenItAndTheRepairsThatFitAClerkNone() {
        var connector = new io.ledgerbridge.ui.testing.FakeConnector();
        RecordRef customer = RecordRef.of(RecordType.CUSTOMER, "c-1");
        connector.remotes.put(customer, new io.ledgerbridge.api.sync.RemoteView(customer,
                io.ledgerbridge.api.sync.RemoteView.State.MERGED, "58", "http://127.0.0.1:4010/_sandbox/ui/record?"
                        + "realm=1&entity=Customer&id=58", "2", "Bayside Bakery",
                java.util.Map.of("Billing address", "1 Pier St, San Francisco, CA 94105"),
                java.util.Set.of(io.ledgerbridge.api.sync.Repair.FOLLOW_SURVIVOR,
                        io.ledgerbridge.api.sync.Repair.RECREATE, io.ledgerbridge.api.sync.Repair.LINK)));
        var panel = new CustomerSyncPanel(connector);
        var admin = io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
        var clerk = io.ledgerbridge.ui.testing.FakeHttp.CLERK;

        String shown = io.ledgerbridge.ui.testing.FakeHttp.get(null, admin)
                .attribute(io.ledgerbridge.api.ui.UiContribution.ATTR_RECORD, customer).send(panel).body();

        assertThat(shown).contains("Merged into <strong id=\"lb-survivor\">Bayside Bakery</strong> in QuickBooks")
                .contains("id=\"lb-open-in-qbo\" href=\"http://127.0.0.1:4010/_sandbox/ui/record?realm=1&amp;"
                        + "entity=Customer&amp;id=58\"")
                .contains("<th scope=\"row\">Billing address</th><td>1 Pier St, San Francisco, CA 94105</td>")
                .contains("id=\"lb-follow\"").contains("id=\"lb-recreate\"").doesNotContain("id=\"lb-unlink\"")
                .contains("id=\"lb-link-record\" href=\"/ledgerbridge/quickbooks/sync/repair?type=CUSTOMER&amp;"
                        + "id=c-1&amp;from=panel\"");
        assertThat(io.ledgerbridge.ui.testing.FakeHttp.get(null, clerk)
                .attribute(io.ledgerbridge.api.ui.UiContribution.ATTR_RECORD, customer).send(panel).body())
                .doesNotContain("id=\"lb-remote\"").doesNotContain("lb-follow").doesNotContain("lb-open-in-qbo");

        var followed = io.ledgerbridge.ui.testing.FakeHttp.post(null, admin)
                .param("ledgerbridge_csrf", io.ledgerbridge.ui.testing.FakeHttp.CSRF).param("action", "follow")
                .param("type", "CUSTOMER").param("id", "c-1").send(panel);
        assertThat(followed.redirect).isEqualTo("/");
        var refused = io.ledgerbridge.ui.testing.FakeHttp.post(null, clerk)
                .param("ledgerbridge_csrf", io.ledgerbridge.ui.testing.FakeHttp.CSRF).param("action", "unlink")
                .param("type", "CUSTOMER").param("id", "c-1").send(panel);
        assertThat(refused.status).isEqualTo(403);
        var forged = io.ledgerbridge.ui.testing.FakeHttp.post(null, admin).param("action", "unlink")
                .param("type", "CUSTOMER").param("id", "c-1").send(panel);
        assertThat(forged.status).isEqualTo(403);
        assertThat(connector.repaired).containsExactly("follow CUSTOMER:c-1 by admin from record panel");
    }
}
