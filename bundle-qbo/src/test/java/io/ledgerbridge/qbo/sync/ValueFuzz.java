package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.mapping.Template;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.QboSandbox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Hostile names, numbers and query values through every path that takes them: the push of customers, projects,
 * invoices and expenses by the sync engine (wired as production wires it) against the embedded sandbox, the look-ups
 * by DisplayName and e-mail, settings and name templates, and mapping keys. A crash is an exception other than the
 * project's typed errors (named-field input errors, mapping errors, translated QuickBooks faults), a record left
 * half-written (linked to nothing, or written to QuickBooks without a link), or a record failed as "could not be
 * pushed" (the engine's last-resort catch). Injected queries are judged afterwards from the sandbox's request log by
 * {@link QueryAudit}.
 */
final class ValueFuzz {
    private static final int CHUNK = 60;

    private final NastyInputs inputs;
    private final FuzzTally tally;
    private final QueryAudit audit;
    private final List<RecordRef> pushed = new ArrayList<>();
    /** How the pushed records ended, by type and state (for the proof's report). */
    final Map<String, Integer> outcomes = new java.util.TreeMap<>();
    /** Why records failed or were skipped: the start of each message, counted. */
    final Map<String, Integer> reasons = new java.util.TreeMap<>();

    ValueFuzz(NastyInputs inputs, FuzzTally tally, QueryAudit audit) {
        this.inputs = inputs;
        this.tally = tally;
        this.audit = audit;
    }

    void run(QboSandbox sandbox, Path dir, int values, double timeScale) throws Exception {
        FakeHost host = new FakeHost();
        try (Database db = TestDatabase.open(dir);
                SandboxEngine e = new SandboxEngine(sandbox, db, host, timeScale, "fuzz", g -> g)) {
            e.module.settings().putMapping(SandboxEngine.T,
                    new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "visa", "6", "CreditCard"));
            e.module.settings().putMapping(SandboxEngine.T,
                    new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "travel", "17", null));
            host.add(new HostCustomer("c-base", "Fuzz Base Customer", null, "base@fuzz.example", null, null, null,
                    Instant.now()));
            e.changed(HostEventKind.CUSTOMER_CHANGED, "c-base");
            e.module.engine().drain();
            Set<String> seeded = ids(e, "Customer");
            for (int i = 0; i < values; i++) {
                tally.inputs++;
                int index = i;
                guard("value #" + i, () -> {
                    one(e, host, index);
                    return null;
                });
                if ((i + 1) % CHUNK == 0 || i == values - 1) {
                    e.module.engine().drain();
                    checkPushed(e);
                }
            }
            checkOrphans(e, seeded);
        }
    }

    private void one(SandboxEngine e, FakeHost host, int i) {
        String id = "r" + i;
        switch (i % 7) {
            case 0 -> push(e, RecordType.CUSTOMER, HostEventKind.CUSTOMER_CHANGED, id, () -> {
                host.add(new HostCustomer(id, inputs.text(), maybe(), inputs.random().nextBoolean() ? inputs.text()
                        : id + "@fuzz.example", maybe(), new Address(maybe(), maybe(), maybe(), maybe(), maybe(),
                        maybe()), null, Instant.now()));
            });
            case 1 -> push(e, RecordType.PROJECT, HostEventKind.PROJECT_CHANGED, id,
                    () -> host.add(new HostProject(id, "c-base", inputs.text(), true, Instant.now())));
            case 2 -> push(e, RecordType.INVOICE, HostEventKind.INVOICE_CHANGED, id, () -> host.add(invoice(id)));
            case 3 -> push(e, RecordType.EXPENSE, HostEventKind.EXPENSE_RECORDED, id, () -> host.add(
                    new HostExpense(id, inputs.text(), "visa", "travel", Money.of(inputs.number(), "USD"),
                            LocalDate.now(), maybe(), null, Instant.now())));
            case 4 -> lookUp(e);
            case 5 -> settings(e);
            default -> mapping(e);
        }
    }

    private HostInvoice invoice(String id) {
        List<HostInvoiceLine> lines = new ArrayList<>();
        int n = 1 + inputs.random().nextInt(3);
        for (int l = 0; l < n; l++) {
            lines.add(new HostInvoiceLine("l" + l, maybe(), null, inputs.text(), maybe(),
                    Money.of(inputs.number(), "USD").amount(), Money.of(inputs.number(), "USD"), null, maybe()));
        }
        return new HostInvoice(id, "c-base", null, inputs.text(), InvoiceStatus.SENT, LocalDate.now(), null,
                Currency.getInstance("USD"), lines, null, null, null, maybe(), Instant.now());
    }

    private String maybe() {
        return inputs.random().nextBoolean() ? inputs.text() : null;
    }

    /** Builds the host record (a typed input error there means the host could never hold it) and enqueues it. */
    private void push(SandboxEngine e, RecordType type, HostEventKind kind, String id, Runnable add) {
        try {
            add.run();
        } catch (LedgerBridgeException refused) {
            return;
        }
        e.changed(kind, id);
        pushed.add(RecordRef.of(type, id));
    }

    /** A look-up as the pushers make them; the audit holds the statement to the one equality asked for. */
    private void lookUp(SandboxEngine e) {
        String field = inputs.random().nextBoolean() ? "DisplayName" : "PrimaryEmailAddr";
        String value = inputs.text();
        boolean inactive = inputs.random().nextBoolean();
        audit.expect(value, field);
        if (inputs.random().nextBoolean()) {
            e.gateway.query(SandboxEngine.T, "Customer", Map.of(field, value), inactive);
        } else {
            e.gateway.queries(SandboxEngine.T, List.of(new QboGateway.Query("Customer", Map.of(field, value),
                    inactive), new QboGateway.Query("Vendor", Map.of("DisplayName", "plain"), false)));
        }
    }

    /** Name templates and recipients: refused with a named field, or stored and read back unchanged. */
    private void settings(SandboxEngine e) {
        ConnectorSettings before = e.module.settings().settings(SandboxEngine.T);
        String template = inputs.text();
        Template.render(template, Map.of("company", inputs.text(), "contact", inputs.text(), "email",
                inputs.text(), "number", inputs.text()));
        ConnectorSettings wanted;
        try {
            wanted = before.toBuilder().customerDisplayNameTemplate(template).projectDisplayNameTemplate(
                    inputs.text()).docNumberTemplate(inputs.text()).nameClashTemplate(inputs.text())
                    .notificationRecipients(List.of(inputs.random().nextInt(4) == 0 ? inputs.text()
                            : "books@fuzz.example")).build();
            ConnectorSettings stored = e.module.settings().updateSettings(SandboxEngine.T, wanted);
            if (!stored.equals(wanted)) {
                tally.crash("settings read back differ from those saved: " + wanted);
            }
        } catch (LedgerBridgeException refused) {
            // a named-field refusal is the expected answer to most of these
        } finally {
            e.module.settings().updateSettings(SandboxEngine.T, before);
        }
    }

    /** A mapping row: refused with a named field, or stored, found under its exact key, and removed. */
    private void mapping(SandboxEngine e) {
        MappingKind kind = inputs.pick(List.of(MappingKind.ITEM, MappingKind.DEPARTMENT_CLASS, MappingKind.TAX_CODE,
                MappingKind.CUSTOM_FIELD, MappingKind.CUSTOMER_LINK));
        String key = inputs.text();
        Mapping row;
        try {
            row = new Mapping(kind, key, inputs.random().nextBoolean() ? "17" : inputs.text(), maybe());
            e.module.settings().putMapping(SandboxEngine.T, row);
        } catch (LedgerBridgeException refused) {
            return;
        }
        List<Mapping> found = e.module.settings().mappings(SandboxEngine.T, kind).stream()
                .filter(m -> m.hostKey().equals(key)).toList();
        if (!found.equals(List.of(row))) {
            tally.crash("mapping key " + key + " read back as " + found);
        }
        e.module.settings().removeMapping(SandboxEngine.T, kind, key);
    }

    /** After a drain: each record is synced to an entity that exists, or failed/skipped with a typed reason. */
    private void checkPushed(SandboxEngine e) {
        for (RecordRef ref : pushed) {
            RecordSyncStatus s = e.module.sync().status(SandboxEngine.T, ref);
            String message = s.message() == null ? "" : s.message();
            outcomes.merge(ref.type() + " " + s.state(), 1, Integer::sum);
            if (s.state() == SyncState.FAILED || s.state() == SyncState.SKIPPED) {
                String reason = message.replaceAll("fz\\d+x.*", "<value>");
                reasons.merge(ref.type() + ": " + reason.substring(0, Math.min(90, reason.length())), 1,
                        Integer::sum);
            }
            if (message.contains("could not be pushed")) {
                tally.crash(ref + ": " + message);
            } else if (s.state() == SyncState.SYNCED && (s.remoteId() == null
                    || e.qbo(entity(ref.type()), s.remoteId()) == null)) {
                tally.crash(ref + " is SYNCED to " + s.remoteId() + ", which QuickBooks does not hold");
            } else if (s.state() == SyncState.PENDING || s.state() == SyncState.NOT_SYNCED) {
                tally.crash(ref + " left " + s.state() + " after the engine drained: " + message);
            }
        }
        pushed.clear();
    }

    /** Nothing written to QuickBooks without its link: every customer, invoice and purchase there is linked. */
    private void checkOrphans(SandboxEngine e, Set<String> seeded) {
        for (String entity : List.of("Customer", "Invoice", "Purchase")) {
            Set<String> linked = linked(e, entity);
            for (String qboId : ids(e, entity)) {
                if (!(entity.equals("Customer") && seeded.contains(qboId)) && !linked.contains(qboId)) {
                    tally.crash(entity + " " + qboId + " was written to QuickBooks but is linked to no record");
                }
            }
        }
    }

    private static Set<String> linked(SandboxEngine e, String entity) {
        Set<String> out = new HashSet<>();
        try (var c = e.db.dataSource().getConnection(); var s = c.prepareStatement(
                "SELECT qbo_id FROM qbo_link WHERE record_type IN (?, ?)")) {
            s.setString(1, entity.equals("Customer") ? "CUSTOMER" : entity.equals("Invoice") ? "INVOICE" : "EXPENSE");
            s.setString(2, entity.equals("Customer") ? "PROJECT" : "-");
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
        return out;
    }

    private static Set<String> ids(SandboxEngine e, String entity) {
        Set<String> out = new HashSet<>();
        for (ObjectNode n : e.qbo(entity)) {
            out.add(n.path("Id").asText());
        }
        return out;
    }

    private static String entity(RecordType type) {
        return switch (type) {
            case CUSTOMER, PROJECT -> "Customer";
            case INVOICE -> "Invoice";
            case EXPENSE -> "Purchase";
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    /** Runs one input; an exception outside the project's typed family is a crash. */
    private <T> void guard(String what, Supplier<T> input) {
        try {
            input.get();
        } catch (LedgerBridgeException | QboFault | QboException | PushFailure typed) {
            // the project's typed, named errors: the expected answer to bad input
        } catch (RuntimeException | StackOverflowError crash) {
            tally.crash(what + ": " + crash);
        }
    }
}
