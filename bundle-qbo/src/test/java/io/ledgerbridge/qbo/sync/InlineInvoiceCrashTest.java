package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invoice created inline by its payment's row, then the node killed before the invoice's link was stored: the
 * invoice's own row, pushed by the restarted node, must not create it a second time. The node runs in its own JVM
 * ({@link InlineInvoiceCrashNode}) and dies by {@code halt} right after QuickBooks (the sandbox, in this JVM) answered
 * the create.
 */
class InlineInvoiceCrashTest {
    @TempDir
    Path dir;

    @Test
    void anInvoiceCreatedInlineByItsPaymentBeforeACrashIsNotCreatedAgainByItsOwnRow() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(60).start()) {
            String realm = QboSandbox.US_REALM;
            crashAfterInlineCreate(sandbox);
            try (Database db = TestDatabase.open(dir.resolve("db"))) {
                assertThat(new LinkStore(db).qboId(SandboxEngine.T, RecordRef.of(RecordType.INVOICE, "i1")))
                        .as("the crash came before the link was stored").isEmpty();
            }

            assertThat(run(sandbox, "invoice")).as("the restarted node finished").isZero();

            // Today the second create carries another requestid (the invoice's own row's) and QuickBooks refuses it
            // as a duplicate DocNumber (6140); the pusher then links the invoice it finds with the same number,
            // customer and total. Either way QuickBooks performed one create.
            assertThat(sandbox.admin().requests()).filteredOn(r -> "create".equals(r.operation())
                    && "Invoice".equals(r.entity()) && r.status() == 200 && !r.replayed()).hasSize(1);
            List<ObjectNode> invoices = sandbox.admin().entities(realm, "Invoice");
            assertThat(invoices).as("QuickBooks holds the invoice once").hasSize(1);
            String invoiceId = invoices.get(0).path("Id").asText();
            List<ObjectNode> payments = sandbox.admin().entities(realm, "Payment");
            assertThat(payments).as("and its payment once").singleElement().satisfies(p -> assertThat(
                    p.path("Line").get(0).path("LinkedTxn").get(0).path("TxnId").asText()).isEqualTo(invoiceId));
            try (Database db = TestDatabase.open(dir.resolve("db"))) {
                LinkStore links = new LinkStore(db);
                assertThat(links.qboId(SandboxEngine.T, RecordRef.of(RecordType.INVOICE, "i1"))).contains(invoiceId);
                assertThat(links.qboId(SandboxEngine.T, RecordRef.of(RecordType.PAYMENT, "p1")))
                        .contains(payments.get(0).path("Id").asText());
            }
        }
    }

    /**
     * The invoice's total changed in the host before the restart: the invoice's own row must not create it again
     * (6140, duplicate DocNumber, which no longer matches by total) but send the create's requestid again, so
     * QuickBooks answers the create it made, and push the new total as an update of that invoice.
     */
    @Test
    void anInvoiceCreatedInlineBeforeACrashAndChangedSinceIsLinkedAndUpdated() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(60).start()) {
            String realm = QboSandbox.US_REALM;
            crashAfterInlineCreate(sandbox);
            assertThat(sandbox.admin().entities(realm, "Invoice").get(0).path("TotalAmt").decimalValue())
                    .isEqualByComparingTo("100");

            assertThat(run(sandbox, InlineInvoiceCrashNode.CHANGED)).as("the restarted node finished").isZero();

            assertThat(sandbox.admin().requests()).as("no duplicate DocNumber was ever answered")
                    .noneMatch(r -> "6140".equals(r.faultCode()));
            List<ObjectNode> invoices = sandbox.admin().entities(realm, "Invoice");
            assertThat(invoices).as("QuickBooks holds invoice INL-1 once").singleElement().satisfies(i -> {
                assertThat(i.path("DocNumber").asText()).isEqualTo("INL-1");
                assertThat(i.path("TotalAmt").decimalValue()).as("with the host's new total")
                        .isEqualByComparingTo("150");
            });
            String invoiceId = invoices.get(0).path("Id").asText();
            assertThat(sandbox.admin().entities(realm, "Payment")).singleElement().satisfies(p -> assertThat(
                    p.path("Line").get(0).path("LinkedTxn").get(0).path("TxnId").asText()).isEqualTo(invoiceId));
            try (Database db = TestDatabase.open(dir.resolve("db"))) {
                RecordRef invoice = RecordRef.of(RecordType.INVOICE, "i1");
                assertThat(new LinkStore(db).qboId(SandboxEngine.T, invoice)).contains(invoiceId);
                var status = new RecordStatusReader(db, new Outbox(db.dataSource(), java.time.Clock.systemUTC()))
                        .status(SandboxEngine.T, invoice);
                assertThat(status.state()).as("the user sees the invoice synced, no error").isEqualTo(SyncState.SYNCED);
                assertThat(new SyncLog(db.dataSource()).entries(SandboxEngine.T, invoice))
                        .noneMatch(e -> "FAILED".equals(e.outcome()));
            }
        }
    }

    /** The first node pushes the payment, creates its invoice inline and dies the moment QuickBooks answered. */
    private void crashAfterInlineCreate(QboSandbox sandbox) throws Exception {
        assertThat(run(sandbox, InlineInvoiceCrashNode.PAYMENT)).as("killed after the inline create")
                .isEqualTo(InlineInvoiceCrashNode.HALTED);
        assertThat(sandbox.admin().entities(QboSandbox.US_REALM, "Invoice")).hasSize(1);
    }

    private int run(QboSandbox sandbox, String phase) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("node-" + phase + ".log");
        Process node = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", InlineInvoiceCrashNode.class.getName(),
                dir.toString(), sandbox.baseUrl(), phase).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("the node ended").isTrue();
        System.out.print(Files.readString(log, StandardCharsets.UTF_8));
        return node.exitValue();
    }
}
