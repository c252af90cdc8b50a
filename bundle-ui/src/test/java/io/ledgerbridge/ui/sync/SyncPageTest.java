package io.ledgerbridge.ui.sync;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static io.ledgerbridge.ui.testing.FakeHttp.CSRF;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncError;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.ui.connection.ConnectionPage;
import io.ledgerbridge.ui.testing.FakeConnector;
import io.ledgerbridge.ui.testing.FakeHttp;
import io.ledgerbridge.ui.testing.FakeHttp.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncPageTest {
    static final RecordRef EXPENSE = RecordRef.of(RecordType.EXPENSE, "e 1");
    static final String REMEDY = "Map the payment method to a bank or credit card account under Settings → "
            + "Integrations → QuickBooks → Mappings → Expense payment accounts, then sync again";

    final FakeConnector connector = new FakeConnector();
    final ConnectionPage page = new ConnectionPage(connector);

    @Test
    void syncNowStartsARunAndThePageFollowsIt() {
        Answer started = FakeHttp.post("/sync", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "sync")
                .send(page);

        assertThat(started.redirect).isEqualTo("/ledgerbridge/quickbooks/sync?run=r1");
        Answer shown = FakeHttp.get("/sync", ADMIN).param("run", "r1").send(page);
        assertThat(shown.body()).contains("data-poll=\"/ledgerbridge/quickbooks/sync/run?id=r1\"")
                .contains("Sync running…").contains("id=\"lb-run-created\">1<")
                .contains("<noscript><p><a class=\"lb-link\" href=\"/ledgerbridge/quickbooks/sync?run=r1\">");
    }

    /** An event run stays open for its window: the page does not follow it as if someone had pressed Sync now. */
    @Test
    void anOpenEventRunIsListedButDoesNotTakeTheLiveCard() {
        connector.runs.add(new SyncRun("e1", FakeHttp.TENANT, SyncTrigger.EVENT, SyncRunState.RUNNING,
                FakeConnector.NOW, null, 3, 0, 0, 0, List.of()));

        String body = FakeHttp.get("/sync", ADMIN).send(page).body();

        assertThat(body).contains("<tr data-run=\"e1\" data-state=\"RUNNING\">").doesNotContain("id=\"lb-run\"");
    }

    /** Issue 17 §6: records were listed by the host's internal ids. */
    @Test
    void recordsAreNamedAsTheHostShowsThem() {
        connector.names.put(EXPENSE, "Expense Uber, USD 12.00 on 2026-12-01");
        connector.runs.add(new SyncRun("r9", FakeHttp.TENANT, SyncTrigger.EVENT, SyncRunState.FINISHED,
                FakeConnector.NOW, FakeConnector.NOW.plusSeconds(4), 0, 0, 0, 1, List.of(new SyncError(EXPENSE,
                        "No account is mapped", REMEDY, FakeConnector.NOW))));

        assertThat(FakeHttp.get("/sync/run", ADMIN).param("id", "r9").send(page).body())
                .contains("href=\"/expenses/e%201\">Expense Uber, USD 12.00 on 2026-12-01</a>")
                .doesNotContain(">Expense e 1<");
    }

    @Test
    void theLivePartIsAStandalonePieceWithTheCountsAndRecentSyncs() {
        connector.runs.add(new SyncRun("r9", FakeHttp.TENANT, SyncTrigger.SYNC_NOW, SyncRunState.FINISHED,
                FakeConnector.NOW, FakeConnector.NOW.plusSeconds(4), 2, 3, 1, 1, List.of(new SyncError(EXPENSE,
                        "No account is mapped for <Visa>", REMEDY, FakeConnector.NOW))));

        Answer a = FakeHttp.get("/sync/run", ADMIN).param("id", "r9").send(page);

        assertThat(a.headers).containsEntry("X-LedgerBridge-Standalone", "true");
        assertThat(a.body()).contains("data-running=\"false\"").contains("id=\"lb-run-updated\">3<")
                .contains("<td>Sync now</td><td>Finished</td><td>2026-12-06 09:00:00 UTC</td>"
                        + "<td>2026-12-06 09:00 UTC</td><td class=\"lb-num\">2</td>")
                .contains("No account is mapped for &lt;Visa&gt;")
                .contains("<a class=\"lb-link lb-record-link\" href=\"/expenses/e%201\">Expense e 1</a>")
                .contains("<a class=\"lb-link\" href=\"/ledgerbridge/quickbooks/mappings#expense_payment_account\">")
                .doesNotContain("lb-tabs");
        assertThat(FakeHttp.get("/sync/run", ADMIN).param("id", "nope").send(page).status).isEqualTo(404);
    }

    @Test
    void openErrorsLinkToTheRecordAndCanBeRetriedOrIgnored() {
        connector.failures.put(EXPENSE, new RecordSyncStatus(EXPENSE, SyncState.FAILED, null, null,
                "No account is mapped", REMEDY, 5));

        String body = FakeHttp.get("/sync", ADMIN).send(page).body();
        assertThat(body).contains("data-record=\"EXPENSE:e 1\"").contains("href=\"/expenses/e%201\"")
                .contains("id=\"lb-retry-0\"").contains("id=\"lb-ignore-0\"");

        Answer retried = FakeHttp.post("/sync", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "retry")
                .param("type", "EXPENSE").param("id", "e 1").send(page);
        assertThat(connector.resynced).containsExactly(EXPENSE);
        assertThat(retried.redirect).isEqualTo("/ledgerbridge/quickbooks/sync?m=retried&type=EXPENSE&id=e+1");

        Answer ignored = FakeHttp.post("/sync", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "ignore")
                .param("type", "EXPENSE").param("id", "e 1").send(page);
        assertThat(connector.failures).isEmpty();
        assertThat(connector.ignoredBy).containsExactly("admin");
        assertThat(ignored.status).isEqualTo(302);
        assertThat(FakeHttp.get("/sync", ADMIN).param("m", "ignored").param("type", "EXPENSE").param("id", "e 1")
                .send(page).body()).contains("Ignored the error of expense e 1").contains("No open errors.");
    }

    @Test
    void ignoringWhatHasNoErrorSaysSo() {
        Answer a = FakeHttp.post("/sync", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "ignore")
                .param("type", "EXPENSE").param("id", "e 2").send(page);

        assertThat(a.status).isEqualTo(400);
        assertThat(a.body()).contains("record: expense e 2 has no open sync error");
    }

    @Test
    void anErrorLeadsToItsRepairPageWhereAQuickBooksRecordIsLinkedFromASearchAndTheChoiceIsAudited() {
        connector.failures.put(EXPENSE, new RecordSyncStatus(EXPENSE, SyncState.FAILED, null, null,
                "The QuickBooks expense 9 was deleted, so the sync link is broken", REMEDY, 1));
        assertThat(FakeHttp.get("/sync", ADMIN).send(page).body()).contains("id=\"lb-repair-0\"")
                .contains("href=\"/ledgerbridge/quickbooks/sync/repair?type=EXPENSE&amp;id=e%201&amp;from=errors\"");

        Answer found = FakeHttp.get("/sync/repair", ADMIN).param("type", "EXPENSE").param("id", "e 1")
                .param("from", "errors").param("q", "bay").send(page);

        assertThat(found.status).isEqualTo(200);
        assertThat(found.body()).contains("data-remote-id=\"2\"").contains("Bayside Bakery")
                .contains("Bay &lt;Old&gt;").contains("Inactive").contains("id=\"lb-link-0\"");
        Answer linked = FakeHttp.post("/sync/repair", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "link")
                .param("type", "EXPENSE").param("id", "e 1").param("from", "errors").param("remoteId", "2")
                .send(page);
        assertThat(connector.repaired).containsExactly(
                "link EXPENSE:e 1 to 2 by admin from errors list (QuickBooks repair page)");
        assertThat(linked.redirect).isEqualTo("/ledgerbridge/quickbooks/sync/repair?type=EXPENSE&id=e+1&from=errors"
                + "&m=link");
        Answer refused = FakeHttp.post("/sync/repair", ADMIN).param("ledgerbridge_csrf", CSRF)
                .param("action", "link").param("type", "EXPENSE").param("id", "e 1").param("remoteId", "7")
                .send(page);
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.body()).contains("remoteId: QuickBooks customer 7 (Bay &lt;Old&gt;) is inactive")
                .contains("make it active in QuickBooks first, or choose another");
        Answer forged = FakeHttp.post("/sync/repair", ADMIN).param("action", "unlink").param("type", "EXPENSE")
                .param("id", "e 1").send(page);
        assertThat(forged.status).isEqualTo(403);
        assertThat(connector.repaired).hasSize(1);
    }
}
