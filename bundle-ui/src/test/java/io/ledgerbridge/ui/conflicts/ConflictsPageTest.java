package io.ledgerbridge.ui.conflicts;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static io.ledgerbridge.ui.testing.FakeHttp.CSRF;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.ui.connection.ConnectionPage;
import io.ledgerbridge.ui.testing.FakeConnector;
import io.ledgerbridge.ui.testing.FakeHttp;
import io.ledgerbridge.ui.testing.FakeHttp.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictsPageTest {
    final FakeConnector connector = new FakeConnector();
    final ConnectionPage page = new ConnectionPage(connector);

    private void conflict(String id, RecordType type) {
        connector.conflicts.put(id, new Conflict(id, RecordRef.of(type, "h-" + id), "q-" + id,
                Map.of("DisplayName", "Acme <Ltd>"), Map.of("DisplayName", "ACME Ltd", "Email", "a@x.example"),
                FakeConnector.NOW, null, null, null));
    }

    @Test
    void listsConflictsSideBySideWithCountsAndFilters() {
        conflict("k1", RecordType.CUSTOMER);
        conflict("k2", RecordType.INVOICE);

        String all = FakeHttp.get("/conflicts", ADMIN).send(page).body();
        assertThat(all).contains("2 open").contains("Customer: 1").contains("Invoice: 1")
                .contains("<td>DisplayName</td><td class=\"lb-differs\">Acme &lt;Ltd&gt;</td>"
                        + "<td class=\"lb-differs\">ACME Ltd</td>")
                .contains("<td>Email</td><td class=\"lb-differs\">—</td>")
                .contains("id=\"lb-keep_host-0\"").contains("id=\"lb-apply_remote-0\"").contains("id=\"lb-dismiss-0\"");

        String invoices = FakeHttp.get("/conflicts", ADMIN).param("type", "INVOICE").send(page).body();
        assertThat(invoices).contains("conflict-k2").doesNotContain("conflict-k1");
    }

    @Test
    void eachDecisionResolvesOneConflict() {
        conflict("k1", RecordType.CUSTOMER);

        Answer a = FakeHttp.post("/conflicts", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "resolve")
                .param("id", "k1").param("resolution", "APPLY_REMOTE").send(page);

        assertThat(a.redirect).isEqualTo("/ledgerbridge/quickbooks/conflicts?m=resolved&n=1");
        assertThat(connector.conflicts.get("k1").resolution()).isEqualTo(ConflictResolution.APPLY_REMOTE);
        assertThat(connector.conflicts.get("k1").resolvedBy()).isEqualTo("admin");
    }

    @Test
    void bulkResolutionAsksForConfirmationBeforeChangingAnything() {
        conflict("k1", RecordType.CUSTOMER);
        conflict("k2", RecordType.CUSTOMER);

        Answer ask = FakeHttp.post("/conflicts", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "bulk")
                .param("ids", "k1", "k2").param("resolution", "KEEP_HOST").send(page);

        assertThat(ask.body()).contains("Keep ours for 2 conflicts?").contains("id=\"lb-bulk-yes\"");
        assertThat(connector.conflicts.values()).allMatch(Conflict::isOpen);

        FakeHttp.post("/conflicts", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "bulk")
                .param("ids", "k1", "k2").param("resolution", "KEEP_HOST").param("confirm", "yes").send(page);
        assertThat(connector.conflicts.values()).noneMatch(Conflict::isOpen);
    }

    @Test
    void anUnknownDecisionIsRefusedByName() {
        conflict("k1", RecordType.CUSTOMER);

        Answer a = FakeHttp.post("/conflicts", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "resolve")
                .param("id", "k1").param("resolution", "MERGE").send(page);

        assertThat(a.status).isEqualTo(400);
        assertThat(a.body()).contains("resolution: &#39;MERGE&#39; is not a decision");
        assertThat(connector.conflicts.get("k1").isOpen()).isTrue();
    }
}
