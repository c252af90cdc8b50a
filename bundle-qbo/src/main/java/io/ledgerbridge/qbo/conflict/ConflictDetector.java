package io.ledgerbridge.qbo.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.OwnedFields;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.RecordLink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares QuickBooks' state of a linked record with the snapshot LedgerBridge accepted last (its own write, or a
 * state an administrator accepted): the same SyncToken is our own echo, an older one a state already passed (a late
 * webhook or CDC page); a newer state with the same host-owned fields becomes the new baseline; any other difference
 * opens (or updates) the record's one conflict. Fields an update of ours in flight writes (its answer not stored
 * yet) are ours too. The link is read after QuickBooks' state, and a new baseline is stored only if the link still
 * holds what was compared, so a push stored meanwhile is never replaced by an older state. A link made before
 * snapshots existed takes the first state it sees as its baseline, without a conflict. The same conflict also carries
 * an invoice's payments QuickBooks took back ({@link #takenBack}); no comparison of owned fields drops or settles them.
 */
public final class ConflictDetector {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    /** Where conflicts are resolved; the remedy of every conflict names it. */
    public static final String REMEDY = "Keep LedgerBridge's values, apply QuickBooks' values or dismiss the conflict "
            + "under Settings → Integrations → QuickBooks → Conflicts";

    /** What a comparison found. */
    public enum Outcome {
        /** QuickBooks holds the state LedgerBridge already knows (its own write's echo, or a repeat). */
        ECHO,
        /** No snapshot yet: this state is the baseline now. */
        BASELINE,
        /** Newer, but every host-owned field is as accepted: the new state is the baseline. */
        ACCEPTED,
        /** A host-owned field differs: the record's conflict is open. */
        CONFLICT,
        /**
         * Older than the state LedgerBridge already knows (read before a later push was stored, a late webhook or CDC
         * page), or of a QuickBooks entity the record is no longer linked to: nothing to compare.
         */
        STALE
    }

    private final LinkStore links;
    private final ConflictStore conflicts;
    private final Clock clock;

    /**
     * @param links the link store (snapshots)
     * @param conflicts the conflict store
     * @param clock the clock
     */
    public ConflictDetector(LinkStore links, ConflictStore conflicts, Clock clock) {
        this.links = links;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /**
     * @param link the record's link (its tenant and record: the link itself is read again, after {@code remote})
     * @param remote QuickBooks' entity as it was read
     * @param expected host-owned fields whose QuickBooks value is right even though it moved (an invoice's customer
     *        after a merge followed the customer): field to the value the host expects now
     * @return what was found (and done)
     */
    public Outcome compare(RecordLink link, JsonNode remote, Map<String, String> expected) {
        TenantId tenant = TenantId.of(link.tenantId());
        RecordRef ref = RecordRef.of(RecordType.valueOf(link.recordType()), link.hostRecordId());
        String token = remote.path("SyncToken").asText();
        Map<String, String> now = OwnedFields.snapshot(ref.type(), remote);
        for (int attempt = 1; ; attempt++) {
            // The link as it is now, read after QuickBooks' state was: a push stored meanwhile is seen.
            Optional<RecordLink> current = links.find(tenant, ref);
            if (current.isEmpty()) {
                return Outcome.STALE;
            }
            RecordLink fresh = current.get();
            if (fresh.qboId() != null && !fresh.qboId().equals(remote.path("Id").asText())) {
                return Outcome.STALE; // the link moved on (a merge repointed it) since this state was read
            }
            Map<String, String> before = OwnedFields.fromJson(fresh.remoteSnapshot());
            Map<String, String> pending = OwnedFields.fromJson(fresh.pendingSnapshot());
            if (before != null && olderThan(token, fresh.qboSyncToken())) {
                return Outcome.STALE;
            }
            if (token.equals(fresh.qboSyncToken()) && before != null) {
                return Outcome.ECHO;
            }
            Map<String, String> base = before == null ? null : baseline(before, now, expected, pending);
            Set<String> differing = base == null ? Set.of() : ownedByHost(fresh, OwnedFields.differing(base, now));
            if (differing.isEmpty()) {
                if (links.accept(tenant, ref, fresh.qboSyncToken(), token, OwnedFields.toJson(now))) {
                    return before == null ? Outcome.BASELINE : Outcome.ACCEPTED;
                }
                if (attempt < 5) {
                    continue; // the link changed under us: compare with what it holds now
                }
                return Outcome.STALE;
            }
            raise(tenant, ref, remote, now, base, differing);
            return Outcome.CONFLICT;
        }
    }

    /**
     * Only the fields this host record gave a value when it was last pushed are the host's: a field the host leaves
     * empty (a customer without a company name) is QuickBooks' to fill, so an edit of it is no conflict, and keeping
     * the host's values leaves every compared field equal on both sides. A link LedgerBridge did not push (imported,
     * or linked by an administrator) compares every owned field.
     */
    private static Set<String> ownedByHost(RecordLink link, Set<String> differing) {
        if (link.pushedSnapshot() == null || differing.isEmpty()) {
            return differing;
        }
        JsonNode pushed;
        try {
            pushed = JSON.readTree(link.pushedSnapshot());
        } catch (java.io.IOException e) {
            return differing; // never written by this version: compare everything rather than nothing
        }
        Set<String> kept = new java.util.TreeSet<>(differing);
        kept.removeIf(f -> !OwnedFields.VOIDED.equals(f) && !pushed.has(f));
        return kept;
    }

    private void raise(TenantId tenant, RecordRef ref, JsonNode remote, Map<String, String> now,
            Map<String, String> base, Set<String> differing) {
        if (differing.contains(OwnedFields.VOIDED)) {
            differing = Set.of(OwnedFields.VOIDED); // a void zeroes every amount: the void is the one difference
        }
        Map<String, String> hostValues = new LinkedHashMap<>();
        Map<String, String> remoteValues = new LinkedHashMap<>();
        for (String field : differing) {
            hostValues.put(field, base.getOrDefault(field, OwnedFields.VOIDED.equals(field) ? "false" : ""));
            remoteValues.put(field, now.getOrDefault(field, ""));
        }
        // Payments taken back are no owned field: this comparison cannot see them, so they stay.
        conflicts.raise(new ConflictStore.Stored(null, tenant, ref, remote.path("Id").asText(),
                remote.path("SyncToken").asText(), hostValues, remoteValues, now, clock.instant(), null, null, null),
                OwnedFields::isPayment);
    }

    /**
     * Adds payments QuickBooks took back to the invoice's conflict: opens it, or adds them to the open one, whose
     * other fields and reviewed state stay as they are.
     *
     * @param link the invoice's link
     * @param invoice QuickBooks' invoice as it was read
     * @param payments the host payments QuickBooks no longer applies to it
     */
    public void takenBack(RecordLink link, JsonNode invoice, List<TakenBackPayment> payments) {
        TenantId tenant = TenantId.of(link.tenantId());
        RecordRef ref = RecordRef.of(RecordType.valueOf(link.recordType()), link.hostRecordId());
        Map<String, String> hostValues = new TreeMap<>();
        Map<String, String> remoteValues = new TreeMap<>();
        for (TakenBackPayment p : payments) {
            hostValues.put(p.field(), p.hostValue());
            remoteValues.put(p.field(), p.how().remoteValue());
        }
        Optional<ConflictStore.Stored> open = conflicts.open(tenant, ref);
        conflicts.raise(new ConflictStore.Stored(null, tenant, ref, invoice.path("Id").asText(),
                open.map(ConflictStore.Stored::syncToken).orElse(invoice.path("SyncToken").asText()), hostValues,
                remoteValues, open.map(ConflictStore.Stored::remoteSnapshot)
                        .orElseGet(() -> OwnedFields.snapshot(ref.type(), invoice)), clock.instant(), null, null,
                null), field -> true);
    }

    /**
     * QuickBooks' state was accepted (every host-owned field as LedgerBridge holds it): the fields of the open
     * conflict it settles are dropped. A payment taken back is never settled by it.
     *
     * @param open the record's open conflict
     * @param remote QuickBooks' entity as it was read
     * @param expected as for {@link #compare}
     * @return whether nothing is left to decide (the conflict may close)
     */
    public boolean settled(ConflictStore.Stored open, JsonNode remote, Map<String, String> expected) {
        Map<String, String> now = OwnedFields.snapshot(open.record().type(), remote);
        Map<String, String> hostValues = new TreeMap<>();
        Map<String, String> remoteValues = new TreeMap<>();
        open.remoteValues().forEach((field, value) -> {
            String holds = now.getOrDefault(field, OwnedFields.VOIDED.equals(field) ? "false" : "");
            boolean back = holds.equals(open.hostValues().getOrDefault(field, ""))
                    || holds.equals(expected.get(field));
            if (OwnedFields.isPayment(field) || !back) {
                hostValues.put(field, open.hostValues().get(field));
                remoteValues.put(field, value);
            }
        });
        if (remoteValues.isEmpty()) {
            return true;
        }
        if (remoteValues.size() < open.remoteValues().size()) {
            conflicts.raise(new ConflictStore.Stored(null, open.tenant(), open.record(), open.qboId(),
                    remote.path("SyncToken").asText(), hostValues, remoteValues, now, clock.instant(), null, null,
                    null));
        }
        return false;
    }

    /**
     * The accepted snapshot, with each field QuickBooks holds as the host expects it (a followed merge) or as an
     * update of ours in flight writes it (its answer not stored yet) taken as it is.
     */
    private static Map<String, String> baseline(Map<String, String> before, Map<String, String> now,
            Map<String, String> expected, Map<String, String> pending) {
        Map<String, String> base = new TreeMap<>(before);
        Map<String, String> ours = new TreeMap<>(pending == null ? Map.of() : pending);
        ours.putAll(expected);
        ours.forEach((field, value) -> {
            if (value.equals(now.get(field))) {
                base.put(field, value);
            }
        });
        return base;
    }

    /**
     * @param token a SyncToken
     * @param known the SyncToken the link holds, or {@code null}
     * @return whether {@code token} is older than {@code known}: SyncTokens count up from 0 with every change of the
     *         entity; a token that is not a number is never called older
     */
    static boolean olderThan(String token, String known) {
        if (known == null) {
            return false;
        }
        try {
            return Long.parseLong(token) < Long.parseLong(known);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return the record's open conflict, if any
     */
    public Optional<ConflictStore.Stored> open(TenantId tenant, RecordRef record) {
        return conflicts.open(tenant, record);
    }

    /**
     * @param conflict an open conflict
     * @return its one-line summary for the record's status, e.g. {@code Changed in QuickBooks: DisplayName …}
     */
    public static String summary(ConflictStore.Stored conflict) {
        List<String> parts = new ArrayList<>();
        if (conflict.remoteValues().containsKey(OwnedFields.VOIDED)) {
            parts.add("Voided in QuickBooks: this " + conflict.record().type().name().toLowerCase(java.util.Locale.ROOT)
                    + " was voided there, the host still has it open");
        }
        List<String> payments = conflict.remoteValues().keySet().stream().filter(OwnedFields::isPayment).toList();
        if (!payments.isEmpty()) {
            parts.add(TakenBackPayment.summary(payments, conflict.hostValues(), conflict.remoteValues()));
        }
        StringBuilder s = new StringBuilder();
        String sep = "Changed in QuickBooks: ";
        for (Map.Entry<String, String> e : conflict.remoteValues().entrySet()) {
            if (!OwnedFields.VOIDED.equals(e.getKey()) && !OwnedFields.isPayment(e.getKey())) {
                s.append(sep).append(e.getKey()).append(" “").append(shorten(conflict.hostValues().get(e.getKey())))
                        .append("” → “").append(shorten(e.getValue())).append('”');
                sep = "; ";
            }
        }
        if (!s.isEmpty()) {
            parts.add(s.toString());
        }
        return String.join(". ", parts);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 80 ? value : value.substring(0, 79) + "…";
    }
}
