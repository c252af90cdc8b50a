package io.ledgerbridge.ui.imports;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static io.ledgerbridge.ui.testing.FakeHttp.CSRF;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.AmbiguousMatch;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.ImportProgress;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.ui.connection.ConnectionPage;
import io.ledgerbridge.ui.testing.FakeConnector;
import io.ledgerbridge.ui.testing.FakeHttp;
import io.ledgerbridge.ui.testing.FakeHttp.Answer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPageTest {
    final FakeConnector connector = new FakeConnector();
    final ConnectionPage page = new ConnectionPage(connector);

    @Test
    void startTakesTheOptionsAndThePageFollowsTheImport() {
        Answer a = FakeHttp.post("/import", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "start")
                .param("contacts", "true").param("invoicesFrom", "2026-06-01").param("dryRun", "true").send(page);

        assertThat(a.redirect).isEqualTo("/ledgerbridge/quickbooks/import?id=i1");
        assertThat(connector.imports.get("i1").request()).isEqualTo(new ImportRequest(true, false,
                LocalDate.of(2026, 6, 1), true));
        assertThat(FakeHttp.get("/import", ADMIN).param("id", "i1").send(page).body())
                .contains("data-poll=\"/ledgerbridge/quickbooks/import/run?id=i1\"")
                .contains("Import running… (dry run: nothing written)");
    }

    @Test
    void aRefusedRequestIsNamedAndNothingStarts() {
        Answer a = FakeHttp.post("/import", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "start")
                .param("invoicesFrom", "soon").send(page);

        assertThat(a.status).isEqualTo(400);
        assertThat(a.body()).contains("invoicesFrom: &#39;soon&#39; is not a date");
        assertThat(connector.imports).isEmpty();
    }

    @Test
    void theReportShowsProgressAndAmbiguousMatchesToSettle() {
        connector.imports.put("i7", new ImportRun("i7", FakeHttp.TENANT, new ImportRequest(true, true, null, false),
                SyncRunState.FINISHED, "admin", FakeConnector.NOW, FakeConnector.NOW, List.of(
                        new ImportProgress(ImportKind.CUSTOMER, 12, 12, 9, 2, 1, 0)),
                List.of(new AmbiguousMatch("58", "Acme <Ltd>", "a@x.example", "email", List.of(
                        RecordRef.of(RecordType.CUSTOMER, "c-1"), RecordRef.of(RecordType.CUSTOMER, "c-2")), null)),
                List.of()));

        Answer a = FakeHttp.get("/import/run", ADMIN).param("id", "i7").send(page);

        assertThat(a.headers).containsEntry("X-LedgerBridge-Standalone", "true");
        assertThat(a.body()).contains("data-running=\"false\"").contains("<td>Customer</td><td class=\"lb-num\">12</td>")
                .contains("Acme &lt;Ltd&gt;").contains("<option value=\"c-2\">Customer c-2</option>")
                .contains("href=\"/customers/c-1\"");
    }

    /** Issue 17 §6: ambiguous candidates by name, and Recent imports moving with the progress card. */
    @Test
    void candidatesAreNamedAndRecentImportsIsPartOfTheLivePiece() {
        connector.names.put(RecordRef.of(RecordType.CUSTOMER, "c-2"), "Customer Bayside Bakery Inc");
        connector.imports.put("i7", new ImportRun("i7", FakeHttp.TENANT, new ImportRequest(true, false, null, true),
                SyncRunState.FINISHED, "admin", FakeConnector.NOW, FakeConnector.NOW, List.of(),
                List.of(new AmbiguousMatch("58", "Bayside", null, "name", List.of(
                        RecordRef.of(RecordType.CUSTOMER, "c-1"), RecordRef.of(RecordType.CUSTOMER, "c-2")), null)),
                List.of()));

        String live = FakeHttp.get("/import/run", ADMIN).param("id", "i7").send(page).body();

        assertThat(live).contains("<option value=\"c-2\">Customer Bayside Bakery Inc</option>")
                .contains("id=\"lb-recent-imports\"").contains("<tr data-import=\"i7\">")
                .contains("<td>Finished</td><td>contacts ").contains("(dry run)</td>");
    }
}
