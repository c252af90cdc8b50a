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
            "http://127.0.0.1:8080", "s1");
    private static final RecordRef INVOICE = RecordRef.of(RecordType.INVOICE, "INV-7");

    @Test
    void syncedRecordShowsItsQuickBooksIdAndTime() {
        String html = SyncStatusView.render(CLERK, new RecordSyncStatus(INVOICE, SyncState.SYNCED, "146",
                Instant.parse("2026-11-21T09:30:00Z"), null, null, 0));

        assertThat(html).contains("In QuickBooks").contains("lb-pill-green").contains(">146<")
                .contains("2026-11-21 09:30 UTC").contains("Sync again")
                .contains("name=\"type\" value=\"INVOICE\"").contains("name=\"id\" value=\"INV-7\"")
                .contains("name=\"ledgerbridge_csrf\" value=\"tok\"");
    }

    @Test
    void failedRecordShowsTheMessageAndRemedyEscaped() {
        String html = SyncStatusView.render(CLERK, new RecordSyncStatus(INVOICE, SyncState.FAILED, null, null,
                "Failed to sync customer: the customer has no email address", "add an <e-mail>", 3));

        assertThat(html).contains("Sync failed").contains("lb-notice-error").contains("3 attempts")
                .contains("the customer has no email address").contains("add an &lt;e-mail&gt;");
    }

    @Test
    void aConflictShowsItsSummaryTheRemedyAndALinkToReviewIt() {
        String html = SyncStatusView.render(CLERK, new RecordSyncStatus(INVOICE, SyncState.CONFLICT, "146", null,
                "Changed in QuickBooks: DocNumber “Z-1” → “Z-1b”", "… under Settings → Integrations → QuickBooks → "
                + "Conflicts", 0), "/ledgerbridge/quickbooks/conflicts#conflict-c9");

        assertThat(html).contains(">Conflict<").contains("Changed in QuickBooks: DocNumber “Z-1” → “Z-1b”")
                .contains("QuickBooks → Conflicts")
                .contains("<a class=\"lb-conflict-link\" href=\"/ledgerbridge/quickbooks/conflicts#conflict-c9\">");
    }

    @Test
    void anInvoiceVoidedInQuickBooksSaysSoInThePill() {
        String html = SyncStatusView.render(CLERK, new RecordSyncStatus(INVOICE, SyncState.CONFLICT, "146", null,
                "Voided in QuickBooks: this invoice was voided there, the host still has it open", "resolve", 0));

        assertThat(html).contains("<span class=\"lb-pill lb-pill-red\">Voided in QuickBooks</span>")
                .doesNotContain("lb-conflict-link");
    }

    @Test
    void neverSyncedOffersTheFirstSync() {
        String html = SyncStatusView.render(CLERK, RecordSyncStatus.notSynced(INVOICE));

        assertThat(html).contains("Not in QuickBooks").contains(">Sync to QuickBooks<");
    }

    @Test
    void returnsOnlyToPagesOfThisHost() {
        assertThat(SyncStatusPanel.back(CLERK, "http://127.0.0.1:8080/invoices/INV-7")).isEqualTo("/invoices/INV-7");
        assertThat(SyncStatusPanel.back(CLERK, "https://evil.example/phish")).isEqualTo("/");
        assertThat(SyncStatusPanel.back(CLERK, "http://127.0.0.1:8080.evil.example/x")).isEqualTo("/");
        assertThat(SyncStatusPanel.back(CLERK, null)).isEqualTo("/");
    }
}
