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
 * state an administrator accepted): the same SyncToken is our own echo; a newer state with the same host-owned fields
 * becomes the new baseline; any other difference opens (or updates) the record's one conflict. A link made before
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
        CONFLICT
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
     * @param link the record's link
     * @param remote QuickBooks' entity as it is now
     * @param expected host-owned fields whose QuickBooks value is right even though it moved (an invoice's customer
     *        after a merge followed the customer): field to the value the host expects now
     * @return what was found (and done)
     */
    public Outcome compare(RecordLink link, JsonNode remote, Map<String, String> expected) {
        TenantId tenant = TenantId.of(link.tenantId());
        RecordRef ref = RecordRef.of(RecordType.valueOf(link.recordType()), link.hostRecordId());
        String token = remote.path("SyncToken").asText();
        Map<String, String> now = OwnedFields.snapshot(ref.type(), remote);
        Map<String, String> before = OwnedFields.fromJson(link.remoteSnapshot());
        if (token.equals(link.qboSyncToken()) && before != null) {
            return Outcome.ECHO;
        }
        if (before == null) {
            links.accept(tenant, ref, token, OwnedFields.toJson(now));
            return Outcome.BASELINE;
        }
        Map<String, String> base = new TreeMap<>(before);
        expected.forEach((field, value) -> {
            if (value.equals(now.get(field))) {
                base.put(field, value);
            }
        });
        Set<String> differing = OwnedFields.differing(base, now);
        if (differing.isEmpty()) {
            links.accept(tenant, ref, token, OwnedFields.toJson(now));
            return Outcome.ACCEPTED;
        }
        if (differing.contains(OwnedFields.VOIDED)) {
            differing = Set.of(OwnedFields.VOIDED); // a void zeroes every amount: the void is the one difference
        }
        Map<String, String> hostValues = new LinkedHashMap<>();
        Map<String, String> remoteValues = new LinkedHashMap<>();
        for (String field : differing) {
            hostValues.put(field, base.getOrDefault(field, OwnedFields.VOIDED.equals(field) ? "false" : ""));
            remoteValues.put(field, now.getOrDefault(field, ""));
        }
        conflicts.raise(new ConflictStore.Stored(null, tenant, ref, remote.path("Id").asText(), token, hostValues,
                remoteValues, now, clock.instant(), null, null, null));
        return Outcome.CONFLICT;
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
