package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.conflict.ConflictDecisions;
import io.ledgerbridge.qbo.conflict.ConflictService;
import io.ledgerbridge.qbo.inbound.RemoteChange;
import io.ledgerbridge.qbo.inbound.apply.RemoteChangeApplier;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.SandboxAdmin;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sync engine against the sandbox (as {@link SandboxEngine} wires it), plus the inbound half as production wires
 * it: the change handler and conflict review, over the same database, gateway and in-memory host. Tests act as a
 * QuickBooks user through {@link #admin()} and hand the handler the change the webhook transport would.
 */
final class InboundRig implements AutoCloseable {
    static final HostUser ADMIN = new HostUser("u-ada", "Ada Admin", "ada@acme.example", T, true);

    final SandboxEngine e;
    final FakeHost host;
    final RemoteChangeApplier handler;
    final ConflictService conflicts;
    final io.ledgerbridge.qbo.repair.RepairService repairs;
    private final AtomicReference<Hook> hook = new AtomicReference<>();

    InboundRig(QboSandbox sandbox, Database db) {
        this.host = new FakeHost();
        this.e = new SandboxEngine(sandbox, db, host, 60, "node-a", this::hooked);
        ConflictStore conflictStore = new ConflictStore(db.dataSource());
        OutboxQueue queue = new OutboxQueue(db.dataSource(), e.outbox, Clock.systemUTC());
        ConflictDecisions decisions = new ConflictDecisions(conflictStore, queue);
        this.handler = new RemoteChangeApplier(e.module.gateway(), e.links, conflictStore, decisions, host, host,
                QboJson.newObjectMapper(), Clock.systemUTC());
        this.conflicts = new ConflictService(conflictStore, decisions, e.links, queue, e.module.sync(), host, host,
                Clock.systemUTC());
        this.repairs = new io.ledgerbridge.qbo.repair.RepairService(host, e.links, e.module.gateway(),
                e.module.access(), e.module.sync(), new ConflictStore(db.dataSource()),
                new OutboxQueue(db.dataSource(), e.outbox, Clock.systemUTC()), e.log,
                new io.ledgerbridge.qbo.repair.WebLinks("local-sandbox", java.net.URI.create(sandbox.baseUrl())),
                Clock.systemUTC());
    }

    /**
     * Runs {@code action} once, right after the next call of one of the gateway's {@code methods} has its answer and
     * before the caller acts on it: QuickBooks has done the call, the connector has not stored what it answered yet.
     */
    void onceAfter(Set<String> methods, Runnable action) {
        hook.set(new Hook(methods, action));
    }

    private QboGateway hooked(QboGateway gateway) {
        return (QboGateway) Proxy.newProxyInstance(QboGateway.class.getClassLoader(),
                new Class<?>[] {QboGateway.class}, (proxy, method, args) -> {
                    Object answer;
                    try {
                        answer = method.invoke(gateway, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    Hook h = hook.get();
                    if (h != null && h.methods().contains(method.getName()) && hook.compareAndSet(h, null)) {
                        h.action().run();
                    }
                    return answer;
                });
    }

    private record Hook(Set<String> methods, Runnable action) {
    }

    SandboxAdmin admin() {
        return e.sandbox.admin();
    }

    /** Pushes a host record as a host event would, and waits until the engine is done. */
    void push(HostEventKind kind, String hostId) {
        e.changed(kind, hostId);
        e.module.engine().drain();
    }

    /** Adds a host customer and pushes it; returns its QuickBooks id. */
    String pushedCustomer(String hostId, String company, String email) {
        host.add(SandboxSyncTest.customer(hostId, company, email));
        push(HostEventKind.CUSTOMER_CHANGED, hostId);
        return qboId(RecordType.CUSTOMER, hostId);
    }

    /** What the webhook transport hands the handler: a poke naming the entity, without the entity. */
    void poke(String entity, String qboId, RemoteChange.Operation op) {
        handler.handle(new RemoteChange(T, REALM, entity, qboId, op, Instant.now(), null, SyncTrigger.WEBHOOK, null));
    }

    void merged(String entity, String goneId, String survivorId) {
        handler.handle(new RemoteChange(T, REALM, entity, goneId, RemoteChange.Operation.MERGE, Instant.now(),
                survivorId, SyncTrigger.WEBHOOK, null));
    }

    ObjectNode edit(String entity, String qboId, String field, String value) {
        return admin().edit(REALM, entity, qboId, QboJson.newObjectMapper().createObjectNode().put(field, value));
    }

    List<Conflict> open() {
        return conflicts.list(T, ConflictQuery.open(50)).conflicts();
    }

    RecordSyncStatus status(RecordType type, String hostId) {
        return e.module.sync().status(T, RecordRef.of(type, hostId));
    }

    String qboId(RecordType type, String hostId) {
        return e.qboId(type, hostId);
    }

    ObjectNode qbo(String entity, String id) {
        return e.qbo(entity, id);
    }

    @Override
    public void close() {
        e.close();
    }
}
