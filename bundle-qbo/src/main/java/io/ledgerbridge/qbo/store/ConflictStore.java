package io.ledgerbridge.qbo.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The conflicts between host records and QuickBooks edits ({@code qbo_conflict}): at most one open per record,
 * updated in place when QuickBooks changes again, closed once with who decided and when.
 */
public final class ConflictStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "conflict_id, tenant_id, record_type, host_record_id, qbo_id, "
            + "qbo_sync_token, host_values, remote_values, remote_snapshot, detected_at, resolution, resolved_by, "
            + "resolved_at";

    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public ConflictStore(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "use the conflict list");
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return its open conflict, if any
     */
    public Optional<Stored> open(TenantId tenant, RecordRef record) {
        return sql.query("SELECT " + COLUMNS + " FROM qbo_conflict WHERE tenant_id = ? AND record_type = ? "
                + "AND open_record = ?", ConflictStore::read, tenant.value(), record.type().name(), record.hostId())
                .stream().findFirst();
    }

    /**
     * Opens the record's conflict, or updates its open one with QuickBooks' newer state; nothing changes when the
     * open one already says exactly this (the same change handled twice).
     *
     * @param found the difference ({@code conflictId}, resolution fields ignored)
     * @return the open conflict as stored now
     */
    public Stored raise(Stored found) {
        return raise(found, field -> false);
    }

    /**
     * As {@link #raise(Stored)}, keeping those fields of the open conflict that {@code found} does not name and
     * {@code kept} accepts (a later edit of an invoice keeps the payments taken back before it).
     *
     * @param found the difference ({@code conflictId}, resolution fields ignored)
     * @param kept which fields of the open conflict stay when {@code found} does not name them
     * @return the open conflict as stored now
     */
    public Stored raise(Stored found, Predicate<String> kept) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<Stored> open = open(found.tenant(), found.record());
            if (open.isPresent()) {
                Stored o = open.get();
                Map<String, String> hostValues = merged(o.hostValues(), found, kept, Stored::hostValues);
                Map<String, String> remoteValues = merged(o.remoteValues(), found, kept, Stored::remoteValues);
                if (o.remoteValues().equals(remoteValues) && o.hostValues().equals(hostValues)
                        && java.util.Objects.equals(o.syncToken(), found.syncToken())) {
                    return o;
                }
                sql.update("UPDATE qbo_conflict SET qbo_id = ?, qbo_sync_token = ?, host_values = ?, "
                        + "remote_values = ?, remote_snapshot = ?, detected_at = ?, updated_at = ? "
                        + "WHERE conflict_id = ? AND resolution IS NULL", found.qboId(), found.syncToken(),
                        json(hostValues), json(remoteValues), json(found.remoteSnapshot()),
                        found.detectedAt(), found.detectedAt(), o.conflictId());
                return open(found.tenant(), found.record()).orElse(o);
            }
            String id = UUID.randomUUID().toString();
            if (sql.insertIfAbsent("INSERT INTO qbo_conflict (conflict_id, tenant_id, record_type, host_record_id, "
                    + "open_record, qbo_id, qbo_sync_token, host_values, remote_values, remote_snapshot, detected_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, found.tenant().value(),
                    found.record().type().name(), found.record().hostId(), found.record().hostId(), found.qboId(),
                    found.syncToken(), json(found.hostValues()), json(found.remoteValues()),
                    json(found.remoteSnapshot()), found.detectedAt(), found.detectedAt())) {
                return find(found.tenant(), id).orElseThrow();
            }
            // Another worker opened it between our read and insert: update that one instead.
        }
        throw new IllegalStateException("the open conflict of " + found.record() + " kept changing");
    }

    /** @return {@code found}'s values, after the open conflict's that it does not name and {@code kept} accepts */
    private static Map<String, String> merged(Map<String, String> open, Stored found, Predicate<String> kept,
            Function<Stored, Map<String, String>> values) {
        Map<String, String> out = new TreeMap<>();
        open.forEach((field, value) -> {
            if (kept.test(field) && !found.hostValues().containsKey(field)
                    && !found.remoteValues().containsKey(field)) {
                out.put(field, value);
            }
        });
        out.putAll(values.apply(found));
        return out;
    }

    /**
     * @param tenant the tenant
     * @param conflictId the conflict
     * @return it, if the tenant has it
     */
    public Optional<Stored> find(TenantId tenant, String conflictId) {
        return sql.query("SELECT " + COLUMNS + " FROM qbo_conflict WHERE tenant_id = ? AND conflict_id = ?",
                ConflictStore::read, tenant.value(), conflictId).stream().findFirst();
    }

    /**
     * @param tenant the tenant
     * @param openOnly only open ones
     * @param type only this record type, or {@code null}
     * @param offset skip this many
     * @param limit at most this many
     * @return newest first
     */
    public List<Stored> list(TenantId tenant, boolean openOnly, RecordType type, int offset, int limit) {
        List<Object> args = new ArrayList<>(List.of(tenant.value()));
        String where = filter(openOnly, type, args);
        return sql.query("SELECT " + COLUMNS + " FROM qbo_conflict WHERE tenant_id = ?" + where
                + " ORDER BY detected_at DESC, conflict_id OFFSET " + offset + " ROWS FETCH NEXT " + limit
                + " ROWS ONLY", ConflictStore::read, args.toArray());
    }

    /**
     * @param tenant the tenant
     * @param openOnly only open ones
     * @param type only this record type, or {@code null}
     * @return how many match
     */
    public int count(TenantId tenant, boolean openOnly, RecordType type) {
        List<Object> args = new ArrayList<>(List.of(tenant.value()));
        String where = filter(openOnly, type, args);
        return sql.query("SELECT COUNT(*) FROM qbo_conflict WHERE tenant_id = ?" + where, rs -> rs.getInt(1),
                args.toArray()).get(0);
    }

    /**
     * @param tenant the tenant
     * @return open conflicts per record type
     */
    public Map<RecordType, Integer> openCounts(TenantId tenant) {
        Map<RecordType, Integer> out = new EnumMap<>(RecordType.class);
        sql.query("SELECT record_type, COUNT(*) FROM qbo_conflict WHERE tenant_id = ? AND resolution IS NULL "
                + "GROUP BY record_type", rs -> out.put(RecordType.valueOf(rs.getString(1)), rs.getInt(2)),
                tenant.value());
        return out;
    }

    /**
     * Closes an open conflict, once.
     *
     * @param tenant the tenant
     * @param conflictId the conflict
     * @param resolution the decision
     * @param by who decided
     * @param at when
     * @return whether this call closed it (false: it was already closed)
     */
    public boolean close(TenantId tenant, String conflictId, ConflictResolution resolution, String by, Instant at) {
        return sql.update("UPDATE qbo_conflict SET resolution = ?, resolved_by = ?, resolved_at = ?, "
                + "open_record = NULL WHERE tenant_id = ? AND conflict_id = ? AND resolution IS NULL", resolution.name(),
                by, at, tenant.value(), conflictId) > 0;
    }

    /**
     * Opens again a conflict whose decision could not be carried out, if it is still closed with that decision and
     * no newer conflict is open for its record.
     *
     * @param tenant the tenant
     * @param conflictId the conflict
     * @param resolution the decision it was closed with
     * @param by who closed it
     * @return whether it is open again
     */
    public boolean reopen(TenantId tenant, String conflictId, ConflictResolution resolution, String by) {
        return sql.update("UPDATE qbo_conflict SET resolution = NULL, resolved_by = NULL, resolved_at = NULL, "
                + "open_record = host_record_id WHERE tenant_id = ? AND conflict_id = ? AND resolution = ? "
                + "AND resolved_by = ? AND NOT EXISTS (SELECT 1 FROM qbo_conflict o WHERE o.tenant_id = ? "
                + "AND o.record_type = qbo_conflict.record_type AND o.open_record = qbo_conflict.host_record_id)",
                tenant.value(), conflictId, resolution.name(), by, tenant.value()) > 0;
    }

    private static String filter(boolean openOnly, RecordType type, List<Object> args) {
        StringBuilder where = new StringBuilder(openOnly ? " AND resolution IS NULL" : "");
        if (type != null) {
            where.append(" AND record_type = ?");
            args.add(type.name());
        }
        return where.toString();
    }

    private static Stored read(ResultSet rs) throws SQLException {
        String resolution = rs.getString(11);
        return new Stored(rs.getString(1), TenantId.of(rs.getString(2)),
                RecordRef.of(RecordType.valueOf(rs.getString(3)), rs.getString(4)), rs.getString(5), rs.getString(6),
                map(rs.getString(7)), map(rs.getString(8)), map(rs.getString(9)), Jdbc.instant(rs.getTimestamp(10)),
                resolution == null ? null : ConflictResolution.valueOf(resolution), rs.getString(12),
                Jdbc.instant(rs.getTimestamp(13)));
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static Map<String, String> map(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("a conflict row holds invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * One conflict as stored.
     *
     * @param conflictId its id
     * @param tenant the tenant
     * @param record the host record
     * @param qboId QuickBooks' id
     * @param syncToken QuickBooks' SyncToken of the state that differs
     * @param hostValues LedgerBridge's values of the differing fields (as last pushed)
     * @param remoteValues QuickBooks' values of the same fields
     * @param remoteSnapshot every host-owned field as QuickBooks holds it (the new baseline on apply or dismiss)
     * @param detectedAt when QuickBooks' edit was found (updated when it changes again)
     * @param resolution the decision, or {@code null} while open
     * @param resolvedBy who decided, or {@code null}
     * @param resolvedAt when, or {@code null}
     */
    public record Stored(String conflictId, TenantId tenant, RecordRef record, String qboId, String syncToken,
            Map<String, String> hostValues, Map<String, String> remoteValues, Map<String, String> remoteSnapshot,
            Instant detectedAt, ConflictResolution resolution, String resolvedBy, Instant resolvedAt) {
    }
}
