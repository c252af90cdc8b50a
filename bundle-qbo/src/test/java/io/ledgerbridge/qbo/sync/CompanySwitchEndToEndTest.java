package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.ConnectorRuntime;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.store.CdcWatermarks;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.RecordLink;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.testing.HostWebhookEndpoint;
import io.ledgerbridge.qbo.testing.SandboxBrowser;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.junit.QboSandboxExtension;
import io.ledgerbridge.sandbox.junit.SandboxOptions;
import io.ledgerbridge.sandbox.webhook.WebhookDispatcher;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant switching QuickBooks companies, end to end (the composition root on the plain class path, the sandbox's
 * OAuth page, Intuit's webhooks through the host's HTTP layer), between two sandbox companies whose ids collide: both
 * number their invoices from 1 and their new customers from 6, so the old company's invoice 1 and the new company's
 * invoice 1 are different records under the same id. The old company's pending changes, its open conflict and its
 * late webhooks must change nothing in the new company's links or in the host.
 */
@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 60)
class CompanySwitchEndToEndTest {
    private static final TenantId T = TenantId.of("acme");
    private static final String OLD = QboSandbox.US_REALM;
    /** A second US company, seeded like the first: same customers 1 to 5, no invoices. */
    private static final String NEW = "9130350000000003";
    private static final RecordRef C1 = RecordRef.of(RecordType.CUSTOMER, "c1");
    private static final RecordRef I1 = RecordRef.of(RecordType.INVOICE, "i1");

    @TempDir
    Path dir;
    QboSandbox sandbox;
    FakeHost host = new FakeHost();
    ConnectorRuntime runtime;
    HostWebhookEndpoint endpoint;

    @BeforeEach
    void start(QboSandbox sandbox) throws Exception {
        this.sandbox = sandbox;
        sandbox.admin().reset();
        sandbox.admin().registerCompany(secondUsCompany());
        runtime = SandboxRuntime.start(sandbox, dir, host, "node-a");
        connect(OLD, "session-1", false);
        enabled(true);
        endpoint = new HostWebhookEndpoint(connector().webhooks()).receiveFrom(sandbox, "cloudevents");
        host.add(SandboxSyncTest.customer("c1", "Switch Co", "ap@switch.example"));
        host.add(SandboxSyncTest.invoice("i1", "c1", "SW-1", InvoiceStatus.SENT, "0"));
    }

    @AfterEach
    void stop() {
        sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl = "";
        endpoint.close();
        runtime.close();
    }

    @Test
    void theOldCompanysPendingChangesConflictAndLateWebhooksChangeNothingInTheNewCompany() throws Exception {
        push(HostEventKind.INVOICE_CHANGED, I1);
        String oldInvoice = status(I1).remoteId();
        String oldCustomer = status(C1).remoteId();
        // The old company: a QuickBooks user renames the customer (a conflict), and the host's next change waits for it.
        sandbox.admin().edit(OLD, "Customer", oldCustomer, json().put("DisplayName", "Switch Co (old books)"));
        await().atMost(Duration.ofSeconds(20)).until(() -> connector().conflicts().counts(T).total() == 1);
        host.add(new HostCustomer("c1", "Switch Co", "Pat Lee", "ap@switch.example", "555-0199", null, null,
                Instant.now()));
        connector().accept(HostEvent.of(T, HostEventKind.CUSTOMER_CHANGED, "c1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(C1).state() == SyncState.CONFLICT);
        // Sync off, then the old company deletes the invoice: the webhook is stored, not yet applied, at the switch.
        enabled(false);
        sandbox.admin().delete(OLD, "Invoice", oldInvoice);
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered("qbo.invoice.deleted") == 1);
        assertThat(inbox().count(T, "PENDING")).as("the old company's change waits in the inbox").isPositive();

        connect(NEW, "session-2", true);

        assertThat(inbox().count(T, "PENDING")).as("the old company's pending changes are dropped").isZero();
        assertThat(new CdcWatermarks(runtime.database().dataSource()).find(T)).isEmpty();
        assertThat(connector().conflicts().counts(T).total()).isZero();
        Conflict closed = connector().conflicts().list(T, new ConflictQuery(false, null, 0, 10)).conflicts().get(0);
        assertThat(closed.resolution()).isEqualTo(ConflictResolution.DISMISS);
        assertThat(closed.resolvedBy()).isEqualTo(SettingsStore.SWITCHED_BY);

        enabled(true);
        push(HostEventKind.INVOICE_CHANGED, I1);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(C1).state() == SyncState.SYNCED);
        String newInvoice = status(I1).remoteId();
        String newCustomer = status(C1).remoteId();
        assertThat(newInvoice).as("the ids collide").isEqualTo(oldInvoice);
        assertThat(newCustomer).as("the ids collide").isEqualTo(oldCustomer);
        assertThat(sandbox.admin().entity(NEW, "Customer", newCustomer).path("PrimaryPhone").path("FreeFormNumber")
                .asText()).as("the push the old conflict held went to the new company").isEqualTo("555-0199");

        // Late webhooks of the old company, naming the same ids: acknowledged, and nothing changes.
        int before = sandbox.admin().webhookDeliveries().size();
        sandbox.admin().edit(OLD, "Customer", oldCustomer, json().put("DisplayName", "Switch Co (closed books)"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.admin().webhookDeliveries().size() > before);
        assertThat(sandbox.admin().webhookDeliveries()).extracting(WebhookDispatcher.Delivery::status)
                .containsOnly(200);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> connector().conflicts().counts(T).total() == 0);
        RecordLink invoiceLink = new LinkStore(runtime.database()).find(T, I1).orElseThrow();
        assertThat(invoiceLink.broken()).as("the old company's delete of its invoice %s", oldInvoice).isFalse();
        assertThat(invoiceLink.qboRealmId()).isEqualTo(NEW);
        assertThat(status(I1).state()).isEqualTo(SyncState.SYNCED);
        assertThat(status(C1).state()).isEqualTo(SyncState.SYNCED);
        ObjectNode unpaid = sandbox.admin().entity(NEW, "Invoice", newInvoice);
        assertThat(unpaid.path("Balance").decimalValue()).isEqualByComparingTo(unpaid.path("TotalAmt").decimalValue());
        assertThat(host.invoice(T, "i1").orElseThrow().status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(host.ledgerCalls).isEmpty();
    }

    private static ObjectNode secondUsCompany() throws Exception {
        try (InputStream in = QboSandbox.class.getResourceAsStream("/seed/default-seed.json")) {
            for (var company : new ObjectMapper().readTree(in).path("companies")) {
                if (OLD.equals(company.path("realmId").asText())) {
                    return ((ObjectNode) company.deepCopy()).put("realmId", NEW)
                            .put("companyName", "Sandbox Company US Two");
                }
            }
        }
        throw new AssertionError("the sandbox's seed has no company " + OLD);
    }

    private void connect(String realm, String session, boolean confirmSwitch) throws Exception {
        AuthorizationStart begin = connector().connection().beginConnect(T, session, null);
        AuthorizationCallback granted = new SandboxBrowser().authorize(begin.authorizationUrl(), realm, true);
        connector().connection().completeConnect(T, session, new AuthorizationCallback(granted.code(),
                granted.state(), granted.companyId(), null, null, confirmSwitch));
    }

    private void enabled(boolean on) {
        connector().settings().updateSettings(T, ConnectorSettings.defaults().toBuilder().enabled(on)
                .autoSyncInterval(null).build());
    }

    private void push(HostEventKind kind, RecordRef ref) {
        connector().accept(HostEvent.of(T, kind, ref.hostId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(ref).state() == SyncState.SYNCED);
    }

    private long delivered(String type) {
        return sandbox.admin().webhookDeliveries().stream()
                .filter(d -> d.status() == 200 && Json.write(d.body()).contains(type)).count();
    }

    private io.ledgerbridge.api.sync.RecordSyncStatus status(RecordRef ref) {
        return connector().sync().status(T, ref);
    }

    private Inbox inbox() {
        return new Inbox(runtime.database().dataSource(), Clock.systemUTC());
    }

    private static ObjectNode json() {
        return QboJson.newObjectMapper().createObjectNode();
    }

    private AccountingConnector connector() {
        return runtime.connector();
    }
}
