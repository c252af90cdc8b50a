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
import java.util.LinkedHashMap;
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
 * snapshots existed takes the first state it sees as its baseline, without a conflict.
 */
public final class ConflictDetector {
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
            Set<String> differing = base == null ? Set.of() : OwnedFields.differing(base, now);
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
        conflicts.raise(new ConflictStore.Stored(null, tenant, ref, remote.path("Id").asText(),
                remote.path("SyncToken").asText(), hostValues, remoteValues, now, clock.instant(), null, null, null));
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
        if (conflict.remoteValues().containsKey(OwnedFields.VOIDED)) {
            return "Voided in QuickBooks: this " + conflict.record().type().name().toLowerCase(java.util.Locale.ROOT)
                    + " was voided there, the host still has it open";
        }
        StringBuilder s = new StringBuilder("Changed in QuickBooks:");
        String sep = " ";
        for (Map.Entry<String, String> e : conflict.remoteValues().entrySet()) {
            s.append(sep).append(e.getKey()).append(" “").append(shorten(conflict.hostValues().get(e.getKey())))
                    .append("” → “").append(shorten(e.getValue())).append('”');
            sep = "; ";
        }
        return s.toString();
    }

    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 80 ? value : value.substring(0, 79) + "…";
    }
}
