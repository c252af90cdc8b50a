package io.ledgerbridge.qbo.mapping;

import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A snapshot of a tenant's mapping tables, for one pass of the mapper. */
public final class MappingTables {
    private final Map<MappingKind, Map<String, Mapping>> rows = new EnumMap<>(MappingKind.class);

    /** @param mappings every row of every table */
    public MappingTables(List<Mapping> mappings) {
        for (Mapping m : mappings) {
            rows.computeIfAbsent(m.kind(), k -> new HashMap<>()).put(m.hostKey(), m);
        }
    }

    /**
     * @param kind the table
     * @return its rows
     */
    public java.util.Collection<Mapping> all(MappingKind kind) {
        return rows.getOrDefault(kind, Map.of()).values();
    }

    /**
     * @param kind the table
     * @param hostKey the host key, or {@code null}
     * @return the row
     */
    public Optional<Mapping> find(MappingKind kind, String hostKey) {
        if (hostKey == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(rows.getOrDefault(kind, Map.of()).get(hostKey));
    }
}
