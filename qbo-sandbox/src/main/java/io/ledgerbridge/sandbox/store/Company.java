package io.ledgerbridge.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One QuickBooks company (realm): its settings and every entity, kept as the JSON QuickBooks would return.
 * Callers hold {@link #lock()} for any read-modify-write, so each company behaves as one serial database.
 */
public final class Company {
    private final CompanySettings settings;
    private final Map<String, Map<String, ObjectNode>> entities = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<Tombstone> tombstones = new ArrayList<>();
    private final Set<String> voided = new HashSet<>();
    private long addressSequence = 1000;
    private volatile boolean cancelled;
    private Instant settingsUpdated;
    private int settingsSyncToken;

    public Company(CompanySettings settings, Instant created) {
        this.settings = settings;
        this.settingsUpdated = created;
    }

    public Object lock() {
        return this;
    }

    public CompanySettings settings() {
        return settings;
    }

    public String realmId() {
        return settings.realmId;
    }

    public ObjectNode get(String type, String id) {
        Map<String, ObjectNode> byId = entities.get(type);
        return byId == null || id == null ? null : byId.get(id);
    }

    public Collection<ObjectNode> all(String type) {
        return entities.getOrDefault(type, Map.of()).values();
    }

    public Set<String> types() {
        return entities.keySet();
    }

    public void put(String type, ObjectNode entity) {
        String id = entity.get("Id").asText();
        entities.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(id, entity);
        try {
            long numeric = Long.parseLong(id);
            sequences.merge(type, numeric, Math::max);
        } catch (NumberFormatException e) {
            // non-numeric ids (US pseudo tax codes TAX/NON) do not take part in numbering
        }
    }

    public ObjectNode remove(String type, String id, Instant at) {
        Map<String, ObjectNode> byId = entities.get(type);
        ObjectNode removed = byId == null ? null : byId.remove(id);
        if (removed != null) {
            tombstones.add(new Tombstone(type, id, at));
        }
        return removed;
    }

    public boolean wasDeleted(String type, String id) {
        return tombstones.stream().anyMatch(t -> t.type().equals(type) && t.id().equals(id));
    }

    public List<Tombstone> tombstones() {
        return tombstones;
    }

    public String nextId(String type) {
        long next = sequences.getOrDefault(type, 0L) + 1;
        sequences.put(type, next);
        return Long.toString(next);
    }

    public String nextAddressId() {
        return Long.toString(++addressSequence);
    }

    public boolean isVoided(String type, String id) {
        return voided.contains(type + ":" + id);
    }

    public void markVoided(String type, String id) {
        voided.add(type + ":" + id);
    }

    public Set<String> voidedKeys() {
        return voided;
    }

    public Map<String, Long> sequences() {
        return sequences;
    }

    public long addressSequence() {
        return addressSequence;
    }

    public void restoreCounters(Map<String, Long> seq, long addressSeq) {
        sequences.putAll(seq);
        addressSequence = Math.max(addressSequence, addressSeq);
    }

    public boolean cancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    /** CompanyInfo and Preferences share one SyncToken here; bumped whenever a setting changes. */
    public void settingsChanged(Instant at) {
        settingsUpdated = at;
        settingsSyncToken++;
    }

    public Instant settingsUpdated() {
        return settingsUpdated;
    }

    public int settingsSyncToken() {
        return settingsSyncToken;
    }

    /** A deleted entity, remembered for CDC's {@code status:"Deleted"} stubs. */
    public record Tombstone(String type, String id, Instant at) {
    }
}
