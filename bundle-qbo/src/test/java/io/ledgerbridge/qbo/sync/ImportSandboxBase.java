package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.ImportProgress;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.qbo.importer.ImportModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The lifecycle and helpers of the import tests against the embedded sandbox: an import module per test over the
 * engine's database and gateway (seed: customers Acme 1, Bayside 2, Cobalt 3 with the job Website Project 4, inactive
 * Dormant Holdings 5; vendor City Cabs; employee Jordan Lee).
 */
abstract class ImportSandboxBase extends EngineSandboxTest {
    static final HostUser ADMIN = new HostUser("admin", "Admin", "admin@acme.example", T, true);
    static final ImportRequest EVERYTHING = new ImportRequest(true, true, null, false);
    ImportModule imports;

    @BeforeEach
    void openImports() {
        imports = startImports(host);
    }

    ImportModule startImports(FakeHost ledger) {
        ImportModule m = new ImportModule(db, e.noWait, e.module.access(), host, ledger, Clock.systemUTC(),
                "node-a", 2, Duration.ofMillis(20));
        m.start();
        return m;
    }

    @AfterEach
    void closeImports() {
        imports.close();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    ImportRun importAndWait(ImportRequest request) {
        ImportRun run = imports.imports().start(T, request, ADMIN);
        await().atMost(Duration.ofSeconds(60)).until(() -> imports.imports().run(T, run.importId()).orElseThrow()
                .state() != SyncRunState.RUNNING);
        return imports.imports().run(T, run.importId()).orElseThrow();
    }

    static ImportProgress progress(ImportRun run, ImportKind kind) {
        return run.progress().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    String hostId(RecordType type, String qboId) {
        return e.links.hostId(T, SandboxEngine.REALM, type, qboId).orElseThrow(() -> new AssertionError(type + " " + qboId
                + " is not linked"));
    }

    static HostCustomer customer(String id, String company, String email) {
        return new HostCustomer(id, company, null, email, null, null, null, Instant.now());
    }

    String qboCustomer(String name, String email) {
        ObjectNode c = FakeQbo.JSON.createObjectNode().put("DisplayName", name);
        if (email != null) {
            c.set("PrimaryEmailAddr", FakeQbo.JSON.createObjectNode().put("Address", email));
        }
        return e.gateway.create(T, "Customer", c, UUID.randomUUID().toString()).path("Id").asText();
    }

    String qboIdOf(String displayName) {
        return e.qbo("Customer").stream().filter(c -> c.path("DisplayName").asText().equals(displayName))
                .findFirst().orElseThrow().path("Id").asText();
    }

    /** An invoice in QuickBooks: one line of {@code amount}, and tax as a second line when not zero. */
    String invoice(String customerId, String number, String date, String amount, String second) {
        ObjectNode inv = FakeQbo.JSON.createObjectNode().put("DocNumber", number).put("TxnDate", date);
        inv.set("CustomerRef", FakeQbo.JSON.createObjectNode().put("value", customerId));
        ArrayNode lines = inv.putArray("Line");
        for (String a : new String[] {amount, second}) {
            if (new BigDecimal(a).signum() == 0) {
                continue;
            }
            ObjectNode line = lines.addObject().put("DetailType", "SalesItemLineDetail").put("Amount", a)
                    .put("Description", "Work");
            line.putObject("SalesItemLineDetail").put("Qty", 1).put("UnitPrice", a).putObject("ItemRef")
                    .put("value", "1");
        }
        return e.gateway.create(T, "Invoice", inv, UUID.randomUUID().toString()).path("Id").asText();
    }
}
