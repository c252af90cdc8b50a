package io.ledgerbridge.ui.books;

import static io.ledgerbridge.ui.testing.FakeHttp.ADMIN;
import static io.ledgerbridge.ui.testing.FakeHttp.CSRF;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.BooksDifference;
import io.ledgerbridge.api.sync.BooksDifference.DriftAction;
import io.ledgerbridge.api.sync.BooksDifference.DriftCause;
import io.ledgerbridge.api.sync.BooksDifference.Kind;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.ui.connection.ConnectionPage;
import io.ledgerbridge.ui.testing.FakeConnector;
import io.ledgerbridge.ui.testing.FakeHttp;
import io.ledgerbridge.ui.testing.FakeHttp.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BooksMatchPageTest {
    final FakeConnector connector = new FakeConnector();
    final ConnectionPage page = new ConnectionPage(connector);

    static BooksMatchReport report(List<BooksDifference> differences) {
        return new BooksMatchReport(FakeHttp.TENANT, SyncTrigger.SYNC_NOW, "Ada Admin (admin)", FakeConnector.NOW,
                FakeConnector.NOW.plusSeconds(3), 2, 3, 4, differences.size(), differences, null, null, null);
    }

    @Test
    void theReportShowsItsTimeEachCauseAndTheButtonOfItsAction() {
        connector.booksReport = report(List.of(
                new BooksDifference(Kind.INVOICE_BALANCE, RecordRef.of(RecordType.INVOICE, "i-1"), "130",
                        "Invoice <Z-1>", "108.50", "78.50", DriftCause.CREDIT_MEMO_IN_REMOTE,
                        DriftAction.RECORD_IN_HOST, "A credit memo made in QuickBooks (credit memo 131)",
                        "Record the credit of 30.00; then run the report again on Settings → Integrations → "
                                + "QuickBooks → Books match"),
                new BooksDifference(Kind.CUSTOMER_BALANCE, RecordRef.of(RecordType.CUSTOMER, "c-1"), "58", "Acme",
                        "158.50", "50.00", DriftCause.INVOICES_DIFFER, DriftAction.UNLINK, "its invoices",
                        "Unlink it"),
                new BooksDifference(Kind.ONLY_IN_HOST, RecordRef.of(RecordType.INVOICE, "i-2"), "140", "Invoice Z-2",
                        "50.00", null, DriftCause.DELETED_IN_REMOTE, DriftAction.UNLINK, "deleted in QuickBooks",
                        "Unlink it"),
                new BooksDifference(Kind.ONLY_IN_REMOTE, RecordRef.of(RecordType.INVOICE, "i-3"), "150",
                        "Invoice Z-3", "10.00", "10.00", DriftCause.NOT_LINKED, DriftAction.LINK, "same number",
                        "Link them")));

        Answer a = FakeHttp.get("/books", ADMIN).send(page);

        assertThat(a.status).isEqualTo(200);
        assertThat(a.body()).contains("id=\"lb-tab-books\"").contains("Last report: <strong>2026-12-06 09:00:03 UTC</strong>")
                .contains("<span id=\"lb-books-compared\">5</span> records compared")
                .contains("Invoice &lt;Z-1&gt;").contains("<strong>Credit memo in remote</strong>")
                .contains("href=\"/ledgerbridge/quickbooks/books\">Settings → Integrations → QuickBooks → Books match</a>")
                .contains("id=\"lb-unlink-2\"").doesNotContain("id=\"lb-unlink-1\"").contains("name=\"remoteId\" value=\"150\"")
                .contains("href=\"/customers/i-1\"".replace("customers", "invoices"));
    }

    @Test
    void runAsksForAReportAndThePageSaysItIsRunning() {
        Answer a = FakeHttp.post("/books", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "run").send(page);

        assertThat(a.redirect).isEqualTo("/ledgerbridge/quickbooks/books?m=asked");
        assertThat(connector.booksCalls).containsExactly("request by admin");
        connector.booksReport = new BooksMatchReport(FakeHttp.TENANT, null, null, null, null, 0, 0, 0, 0, List.of(),
                FakeConnector.NOW, null, null);
        assertThat(FakeHttp.get("/books", ADMIN).send(page).body()).contains("data-pending=\"true\"")
                .contains("No report yet.").doesNotContain("id=\"lb-books-run\"");
    }

    @Test
    void unlinkAndLinkActOnTheRowsRecordAndABadOneIsRefusedByName() {
        FakeHttp.post("/books", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "unlink")
                .param("type", "INVOICE").param("id", "i-2").send(page);
        FakeHttp.post("/books", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "link")
                .param("type", "INVOICE").param("id", "i-3").param("remoteId", "150").send(page);
        Answer bad = FakeHttp.post("/books", ADMIN).param("ledgerbridge_csrf", CSRF).param("action", "link")
                .param("type", "BILL").param("id", "i-3").send(page);

        assertThat(connector.booksCalls).containsExactly("unlink invoice i-2 by admin",
                "link invoice i-3 to 150 by admin");
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.body()).contains("type: &#39;BILL&#39; is not a record type");
    }

    @Test
    void aPostWithoutTheCsrfTokenChangesNothing() {
        Answer a = FakeHttp.post("/books", ADMIN).param("action", "run").send(page);

        assertThat(a.status).isEqualTo(403);
        assertThat(connector.booksCalls).isEmpty();
    }
}
