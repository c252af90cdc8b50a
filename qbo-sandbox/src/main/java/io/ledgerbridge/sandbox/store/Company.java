package io.ledgerbridge.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One QuickBooks company (realm): its settings and every entity, kept as the JSON QuickBooks would return.
 * Callers hold {@link #lock()} for any read-modify-write, so each company behaves as one serial database.
 *
 * <p>Names, e-mail addresses, document numbers, references and payment links are indexed (see {@link #lookUp},
 * {@link #referencing}), so a look-up or a uniqueness check costs the same with 30,000 customers as with 5. The
 * indexes follow {@link #put} and {@link #remove}: an indexed field is changed only by putting the entity again.
 */
public final class Company {
    /** The fields {@link #lookUp} serves: text compared without case, and numbers by value. */
    public static final List<String> SEARCHABLE = List.of("Id", "DisplayName", "Name", "DocNumber", "PrimaryEmailAddr");
    private static final String DOC_SEQUENCE = "DocNumber#";
    private static final Map<String, Function<JsonNode, Collection<String>>> INDEXED = Map.of(
            "Id", e -> FieldIndex.textKeys(text(e.get("Id"))),
            "DisplayName", e -> FieldIndex.textKeys(text(e.get("DisplayName"))),
            "Name", e -> FieldIndex.textKeys(text(e.get("Name"))),
            "DocNumber", e -> FieldIndex.textKeys(text(e.get("DocNumber"))),
            "PrimaryEmailAddr", e -> FieldIndex.textKeys(text(e.path("PrimaryEmailAddr").get("Address"))),
            "CustomerRef", e -> exact(text(e.path("CustomerRef").get("value"))),
            "ParentRef", e -> exact(text(e.path("ParentRef").get("value"))),
            "LinkedTxn", Company::lineLinks,
            DOC_SEQUENCE, Company::docSequence);
    private static final Comparator<ObjectNode> BY_ID = Comparator.comparing((ObjectNode e) -> numericId(e))
            .thenComparing(e -> e.path("Id").asText());

    private final CompanySettings settings;
    private final Map<String, Map<String, ObjectNode>> entities = new HashMap<>();
    private final Map<String, Map<String, FieldIndex>> indexes = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<Tombstone> tombstones = new ArrayList<>();
    private final Set<String> deleted = new HashSet<>();
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
        indexes.computeIfAbsent(type, t -> newIndexes()).values().forEach(index -> index.put(id, entity));
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
            indexes.get(type).values().forEach(index -> index.remove(id));
            addTombstone(new Tombstone(type, id, at));
        }
        return removed;
    }

    public boolean wasDeleted(String type, String id) {
        return deleted.contains(type + "/" + id);
    }

    /** Deleted entities, oldest first; read-only (add with {@link #addTombstone}). */
    public List<Tombstone> tombstones() {
        return java.util.Collections.unmodifiableList(tombstones);
    }

    public void addTombstone(Tombstone tombstone) {
        tombstones.add(tombstone);
        deleted.add(tombstone.type() + "/" + tombstone.id());
    }

    /**
     * Candidates whose {@code field} may equal {@code value}: every entity equal to it without case (trimmed), or as a
     * number when it is one, and possibly a few more; callers compare exactly. Ordered by Id.
     */
    public List<ObjectNode> lookUp(String type, String field, String value) {
        FieldIndex index = index(type, searchableField(field));
        Set<String> ids = new LinkedHashSet<>();
        for (String key : FieldIndex.textKeys(value)) {
            ids.addAll(index == null ? Set.of() : index.ids(key));
        }
        return entitiesOf(type, ids);
    }

    /** Candidates whose {@code field} may start with {@code prefix} (case ignored), and possibly a few more. Ordered by Id. */
    public List<ObjectNode> lookUpPrefix(String type, String field, String prefix) {
        FieldIndex index = index(type, searchableField(field));
        return index == null ? List.of() : entitiesOf(type, index.idsWithPrefix(FieldIndex.textKey(prefix)));
    }

    /**
     * Entities of {@code type} whose reference {@code field} (CustomerRef, ParentRef) holds {@code id}, or, for
     * {@code LinkedTxn}, whose lines link the transaction {@code "Invoice:5"}. Ordered by Id.
     */
    public List<ObjectNode> referencing(String type, String field, String id) {
        if (!List.of("CustomerRef", "ParentRef", "LinkedTxn").contains(field)) {
            throw new IllegalArgumentException("no reference index on " + field);
        }
        FieldIndex index = index(type, field);
        return index == null ? List.of() : entitiesOf(type, index.ids(id));
    }

    /** The greatest DocNumber of {@code type} that is a whole number, 0 when none is. */
    public long greatestDocNumber(String type) {
        FieldIndex index = index(type, DOC_SEQUENCE);
        String last = index == null ? null : index.lastKey();
        return last == null ? 0 : Long.parseLong(last);
    }

    private static String searchableField(String field) {
        if (!SEARCHABLE.contains(field)) {
            throw new IllegalArgumentException("no search index on " + field);
        }
        return field;
    }

    private FieldIndex index(String type, String field) {
        Map<String, FieldIndex> ofType = indexes.get(type);
        return ofType == null ? null : ofType.get(field);
    }

    private List<ObjectNode> entitiesOf(String type, Collection<String> ids) {
        List<ObjectNode> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            ObjectNode e = get(type, id);
            if (e != null) {
                out.add(e);
            }
        }
        out.sort(BY_ID);
        return out;
    }

    private static Map<String, FieldIndex> newIndexes() {
        Map<String, FieldIndex> out = new HashMap<>();
        INDEXED.forEach((field, keys) -> out.put(field, new FieldIndex(keys)));
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static Collection<String> exact(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static Collection<String> lineLinks(JsonNode e) {
        List<String> out = new ArrayList<>();
        for (JsonNode line : e.path("Line")) {
            for (JsonNode link : line.path("LinkedTxn")) {
                String txnType = text(link.get("TxnType"));
                String txnId = text(link.get("TxnId"));
                if (txnType != null && txnId != null && !out.contains(txnType + ":" + txnId)) {
                    out.add(txnType + ":" + txnId);
                }
            }
        }
        return out;
    }

    /** A whole, non-negative DocNumber as 19 digits, so the index's greatest key is the greatest number. */
    private static Collection<String> docSequence(JsonNode e) {
        String doc = text(e.get("DocNumber"));
        try {
            long n = doc == null ? -1 : Long.parseLong(doc);
            return n < 0 ? List.of() : List.of(String.format("%019d", n));
        } catch (NumberFormatException notWhole) {
            return List.of();
        }
    }

    private static long numericId(ObjectNode e) {
        try {
            return Long.parseLong(e.path("Id").asText());
        } catch (NumberFormatException pseudo) {
            return Long.MIN_VALUE;
        }
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
