package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.SettingsOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.NamePreview;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.RemoteOption;
import io.ledgerbridge.api.settings.SettingsProblem;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.client.http.Utf16;
import io.ledgerbridge.qbo.store.SettingsStore;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A tenant's settings and mapping tables, kept in the connector's database; remote lists read from QuickBooks. */
public final class SettingsService implements SettingsOperations {
    private static final Set<String> PAYMENT_TYPES = Set.of("Cash", "Check", "CreditCard");
    /** The qbo_mapping columns' sizes (V3): a longer value would fail in the database instead of here. */
    static final int HOST_KEY_MAX = 200;
    static final int REMOTE_ID_MAX = 4000;
    static final int EXTRA_MAX = 200;

    private final SettingsStore store;
    private final io.ledgerbridge.qbo.store.OutboxQueue queue;
    private final QboGateway qbo;
    private final HostRecords records;
    private final NamePreviews previews;
    private final UnmappedKeys unmapped;
    private final SettingsChecks checks;
    private final CustomerLinkCheck customerLinks;

    /**
     * @param store the settings store
     * @param queue the outbox (a company switched on has its waiting changes pushed at once)
     * @param qbo QuickBooks (for the remote lists)
     * @param records the host's records (for previews and unmapped keys)
     */
    public SettingsService(SettingsStore store, io.ledgerbridge.qbo.store.OutboxQueue queue, QboGateway qbo,
            HostRecords records) {
        this.store = store;
        this.queue = queue;
        this.qbo = qbo;
        this.records = records;
        this.customerLinks = new CustomerLinkCheck(records, qbo);
        this.previews = new NamePreviews(records);
        this.unmapped = new UnmappedKeys(records);
        this.checks = new SettingsChecks(records, qbo);
    }

    @Override
    public ConnectorSettings settings(TenantId tenant) {
        return store.find(tenant).orElseGet(ConnectorSettings::defaults);
    }

    @Override
    public ConnectorSettings updateSettings(TenantId tenant, ConnectorSettings settings) {
        if (settings == null) {
            throw new InvalidInputException("settings", "is required", "send the whole settings object");
        }
        refuse(checks.check(tenant, settings));
        store.save(tenant, settings);
        if (settings.enabled()) {
            queue.wake(tenant);
        }
        return settings(tenant);
    }

    @Override
    public List<Mapping> mappings(TenantId tenant, MappingKind kind) {
        return store.mappings(tenant, kind);
    }

    @Override
    public List<SettingsProblem> check(TenantId tenant, ConnectorSettings settings) {
        if (settings == null) {
            throw new InvalidInputException("settings", "is required", "send the whole settings object");
        }
        return checks.check(tenant, settings);
    }

    @Override
    public List<SettingsProblem> checkMappings(TenantId tenant, List<Mapping> rows) {
        rows.forEach(SettingsService::storable);
        return checks.checkMappings(tenant, rows);
    }

    @Override
    public void putMapping(TenantId tenant, Mapping mapping) {
        putMappings(tenant, java.util.Collections.singletonList(mapping));
    }

    @Override
    public void putMappings(TenantId tenant, List<Mapping> rows) {
        if (rows == null || rows.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("mapping", "is required", "send the mapping row");
        }
        refuse(checkMappings(tenant, rows));
        // A manual customer link must name a customer QuickBooks has (active, not a sub-customer) for a host customer
        // of this tenant; nothing is saved otherwise.
        rows.stream().filter(r -> r.kind() == MappingKind.CUSTOMER_LINK).forEach(r -> customerLinks.check(tenant, r));
        store.putAll(tenant, rows);
    }

    /** Throws the first refusal among problems (warnings pass): nothing is saved. */
    private static void refuse(List<SettingsProblem> problems) {
        problems.stream().filter(SettingsProblem::refused).findFirst().ifPresent(p -> {
            throw new InvalidInputException(p.field(), p.message(), p.remedy());
        });
    }

    private static void storable(Mapping mapping) {
        if (mapping == null) {
            throw new InvalidInputException("mapping", "is required", "send the mapping row");
        }
        storable("hostKey", mapping.hostKey(), HOST_KEY_MAX);
        storable("remoteId", mapping.remoteId(), REMOTE_ID_MAX);
        storable("extra", mapping.extra(), EXTRA_MAX);
        if (mapping.kind() == MappingKind.EXPENSE_PAYMENT_ACCOUNT && !PAYMENT_TYPES.contains(mapping.extra())) {
            throw new InvalidInputException("extra", "'" + mapping.extra() + "' is not a QuickBooks payment type",
                    "choose Cash, Check or CreditCard");
        }
    }

    /**
     * A mapping value the database can keep as given: within its column, and valid text (PostgreSQL refuses NUL, and
     * an unpaired surrogate would come back as '?', so the row could never be found under its key again).
     */
    private static void storable(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "is " + value.length() + " characters long, more than the "
                    + max + " a mapping can keep", "shorten it to at most " + max + " characters");
        }
        int nul = value.indexOf('\0');
        int broken = nul >= 0 ? nul : Utf16.brokenAt(value);
        if (broken >= 0) {
            throw new InvalidInputException(field, "contains a NUL character or a broken Unicode character at "
                    + "position " + (broken + 1), "remove the character from the " + field);
        }
    }

    @Override
    public void removeMapping(TenantId tenant, MappingKind kind, String hostKey) {
        store.remove(tenant, kind, hostKey);
    }

    @Override
    public List<RemoteOption> remoteOptions(TenantId tenant, RemoteListKind kind) {
        String entity = switch (kind) {
            case ACCOUNTS -> "Account";
            case ITEMS -> "Item";
            case CLASSES -> "Class";
            case DEPARTMENTS -> "Department";
            case TAX_CODES -> "TaxCode";
            case PAYMENT_METHODS -> "PaymentMethod";
        };
        // Inactive entries are listed too (marked), so an existing mapping to one still shows its name.
        List<ObjectNode> rows;
        try {
            rows = qbo.query(tenant, entity, java.util.Map.of(), kind != RemoteListKind.TAX_CODES);
        } catch (QboFault f) {
            throw FaultTranslator.forRead("the " + entity + " list", f);
        }
        return rows.stream().map(n -> new RemoteOption(n.path("Id").asText(), name(n), detail(kind, n),
                !n.has("Active") || n.path("Active").asBoolean(true)))
                .sorted(Comparator.comparing(RemoteOption::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public List<NamePreview> preview(TenantId tenant, ConnectorSettings settings, RecordRef record) {
        return previews.preview(tenant, settings, record);
    }

    @Override
    public List<RecordRef> sampleRecords(TenantId tenant, RecordType type, int limit) {
        return UnmappedKeys.sample(records, tenant, type, Math.max(1, limit)).stream()
                .map(id -> RecordRef.of(type, id)).toList();
    }

    @Override
    public List<String> unmappedKeys(TenantId tenant, MappingKind kind) {
        if (kind == MappingKind.TAX_CODE && settings(tenant).locale() == TaxLocale.US) {
            return List.of(); // a US company's lines carry only TAX / NON: the table is unused, nothing is missing
        }
        return unmapped.unmapped(tenant, kind, store.mappings(tenant, kind));
    }

    private static String name(JsonNode n) {
        String fq = n.path("FullyQualifiedName").asText("");
        return fq.isBlank() ? n.path("Name").asText(n.path("Id").asText()) : fq;
    }

    private static String detail(RemoteListKind kind, JsonNode n) {
        String d = switch (kind) {
            case ACCOUNTS -> n.path("AccountType").asText("");
            case ITEMS -> n.path("Type").asText("");
            case TAX_CODES -> n.path("Description").asText("");
            default -> "";
        };
        return d.isBlank() ? null : d;
    }
}
