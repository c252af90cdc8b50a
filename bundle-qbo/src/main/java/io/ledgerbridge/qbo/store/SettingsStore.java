package io.ledgerbridge.qbo.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tenants' settings and mapping tables (Jakarta Persistence). Settings are kept as the JSON of
 * {@link ConnectorSettings}, so a new setting needs no migration; a stored value that no longer reads is reported,
 * never replaced silently by defaults.
 */
public final class SettingsStore {
    private final Database database;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param database the connector's database
     * @param clock stamps changes
     */
    public SettingsStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * @param tenant the tenant
     * @return its stored settings, or empty when it never changed any
     */
    public Optional<ConnectorSettings> find(TenantId tenant) {
        return database.read(em -> Optional.ofNullable(em.find(SettingsRow.class, tenant.value())))
                .map(row -> parse(tenant, row.settingsJson()));
    }

    /**
     * @param tenant the tenant
     * @param settings the new settings
     */
    public void save(TenantId tenant, ConnectorSettings settings) {
        String text = write(settings);
        Integer minutes = settings.autoSyncInterval() == null ? null : (int) settings.autoSyncInterval().toMinutes();
        database.inTransaction(em -> {
            SettingsRow row = em.find(SettingsRow.class, tenant.value());
            if (row == null) {
                row = new SettingsRow(tenant.value());
                row.update(text, settings.enabled(), minutes, clock.instant());
                em.persist(row);
            } else {
                row.update(text, settings.enabled(), minutes, clock.instant());
            }
            return null;
        });
        // A changed schedule or switch is looked at by the next poll, not after the old interval.
        sweeps().update("UPDATE qbo_settings SET next_sweep_at = NULL WHERE tenant_id = ?", tenant.value());
    }

    /**
     * The tenants whose scheduled sweep may be due (found through an index on its due time, so tenants that are not
     * due cost nothing): enabled, on a schedule, and due by {@code now} or never looked at.
     *
     * @param now the time
     * @param limit at most this many
     * @return the tenants with their interval in minutes
     */
    public List<java.util.Map.Entry<TenantId, Integer>> dueSweeps(Instant now, int limit) {
        return sweeps().query("SELECT tenant_id, auto_sync_minutes FROM qbo_settings WHERE (next_sweep_at IS NULL "
                + "OR next_sweep_at <= ?) AND enabled = TRUE AND auto_sync_minutes IS NOT NULL ORDER BY next_sweep_at "
                + "NULLS FIRST FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                rs -> java.util.Map.entry(TenantId.of(rs.getString(1)), rs.getInt(2)), now);
    }

    /**
     * @param tenant the tenant
     * @param at when its scheduled sweep is next looked at
     */
    public void nextSweep(TenantId tenant, Instant at) {
        sweeps().update("UPDATE qbo_settings SET next_sweep_at = ? WHERE tenant_id = ?", at, tenant.value());
    }

    private SqlRunner sweeps() {
        return new SqlRunner(database.dataSource(), "schedule a sweep");
    }

    /** @return the tenants that enabled pushing, with their stored settings rows */
    public List<SettingsRow> enabledTenants() {
        return database.read(em -> em.createQuery("SELECT s FROM SettingsRow s WHERE s.enabled = true",
                SettingsRow.class).getResultList());
    }

    /**
     * Every mapping table of a tenant in one query (a sync turn needs them all).
     *
     * @param tenant the tenant
     * @return its rows, by table and host key
     */
    public List<Mapping> allMappings(TenantId tenant) {
        return database.read(em -> em.createQuery("SELECT m FROM MappingRow m WHERE m.tenantId = :t "
                + "ORDER BY m.kind, m.hostKey", MappingRow.class).setParameter("t", tenant.value()).getResultList())
                .stream().map(m -> new Mapping(MappingKind.valueOf(m.kind()), m.hostKey(), m.remoteId(), m.extra()))
                .toList();
    }

    /**
     * @param tenant the tenant
     * @param kind the table
     * @return its rows by host key
     */
    public List<Mapping> mappings(TenantId tenant, MappingKind kind) {
        return database.read(em -> em.createQuery("SELECT m FROM MappingRow m WHERE m.tenantId = :t AND m.kind = :k "
                + "ORDER BY m.hostKey", MappingRow.class).setParameter("t", tenant.value())
                .setParameter("k", kind.name()).getResultList())
                .stream().map(m -> new Mapping(kind, m.hostKey(), m.remoteId(), m.extra())).toList();
    }

    /**
     * @param tenant the tenant
     * @param kind the table
     * @param hostKey the host key
     * @return the row, if any
     */
    public Optional<Mapping> mapping(TenantId tenant, MappingKind kind, String hostKey) {
        return database.read(em -> Optional.ofNullable(em.find(MappingRow.class,
                new MappingRow.Key(tenant.value(), kind.name(), hostKey))))
                .map(m -> new Mapping(kind, m.hostKey(), m.remoteId(), m.extra()));
    }

    /**
     * @param tenant the tenant
     * @param mapping the row to add or replace
     */
    public void put(TenantId tenant, Mapping mapping) {
        putAll(tenant, List.of(mapping));
    }

    /**
     * @param tenant the tenant
     * @param mappings the rows to add or replace, all in one transaction (all or none)
     */
    public void putAll(TenantId tenant, List<Mapping> mappings) {
        database.inTransaction(em -> {
            for (Mapping mapping : mappings) {
                MappingRow row = em.find(MappingRow.class,
                        new MappingRow.Key(tenant.value(), mapping.kind().name(), mapping.hostKey()));
                if (row == null) {
                    row = new MappingRow(tenant.value(), mapping.kind().name(), mapping.hostKey());
                    row.set(mapping.remoteId(), mapping.extra());
                    em.persist(row);
                } else {
                    row.set(mapping.remoteId(), mapping.extra());
                }
            }
            return null;
        });
    }

    /**
     * @param tenant the tenant
     * @param kind the table
     * @param hostKey the host key
     */
    public void remove(TenantId tenant, MappingKind kind, String hostKey) {
        database.inTransaction(em -> {
            MappingRow row = em.find(MappingRow.class, new MappingRow.Key(tenant.value(), kind.name(), hostKey));
            if (row != null) {
                em.remove(row);
            }
            return null;
        });
    }

    /** Who closed the conflicts of a company the tenant left. */
    public static final String SWITCHED_BY = "LedgerBridge (the organisation switched to another QuickBooks company)";

    /**
     * Forgets, inside the caller's transaction, what of a tenant names records of the QuickBooks company it is
     * leaving: its links, its mapping rows and the settings' item and class ids (the new company's ids are
     * different records, and QuickBooks ids are small per-company sequences, so the same id names an unrelated
     * record there). The old company's changes not yet applied (inbox rows) and its change-data-capture watermark are
     * dropped; its open conflicts are closed as dismissed by {@link #SWITCHED_BY}, and the pushes that waited for
     * them go on (to the new company). History (runs, errors, log, closed conflicts) stays.
     *
     * @param em the caller's entity manager, in a transaction
     * @param tenant the tenant switching companies
     * @param newRealm the company it connects to now
     */
    public void forgetCompany(jakarta.persistence.EntityManager em, TenantId tenant, String newRealm) {
        java.time.Instant now = clock.instant();
        update(em, "DELETE FROM qbo_link WHERE tenant_id = ?", tenant.value());
        update(em, "DELETE FROM qbo_mapping WHERE tenant_id = ?", tenant.value());
        update(em, "DELETE FROM qbo_inbox WHERE tenant_id = ? AND qbo_realm_id <> ?", tenant.value(), newRealm);
        update(em, "DELETE FROM qbo_cdc_watermark WHERE tenant_id = ?", tenant.value());
        update(em, "UPDATE qbo_conflict SET resolution = 'DISMISS', resolved_by = ?, resolved_at = ?, "
                + "open_record = NULL WHERE tenant_id = ? AND resolution IS NULL", SWITCHED_BY, now, tenant.value());
        update(em, "UPDATE qbo_outbox SET state = 'PENDING', due_at = ?, last_error = NULL, last_remedy = NULL "
                + "WHERE tenant_id = ? AND state = '" + Outbox.CONFLICT + "'", now, tenant.value());
        SettingsRow row = em.find(SettingsRow.class, tenant.value());
        if (row != null) {
            ConnectorSettings kept = parse(tenant, row.settingsJson()).toBuilder().defaultItemId(null)
                    .defaultClassId(null).taxItemId(null).build();
            row.update(write(kept), kept.enabled(), kept.autoSyncInterval() == null ? null
                    : (int) kept.autoSyncInterval().toMinutes(), now);
        }
    }

    private static void update(jakarta.persistence.EntityManager em, String sql, Object... args) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i] instanceof java.time.Instant at ? Jdbc.ts(at) : args[i]);
        }
        query.executeUpdate();
    }

    private String write(ConnectorSettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write settings as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private ConnectorSettings parse(TenantId tenant, String text) {
        try {
            return json.readValue(text, ConnectorSettings.class);
        } catch (JsonProcessingException e) {
            throw new io.ledgerbridge.api.LedgerBridgeException("The stored QuickBooks settings of " + tenant
                    + " cannot be read: " + e.getOriginalMessage(), "save the settings page again", e);
        }
    }
}
