package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the remote ledger holds for a host record now, read when asked, with the repairs that fit.
 *
 * @param record the host record
 * @param state where the remote copy stands
 * @param remoteId the remote copy's id, or {@code null} when not linked
 * @param webUrl where a person opens the remote copy in the remote ledger's own screens, or {@code null}
 * @param mergedIntoId the surviving record's id when {@link State#MERGED}, else {@code null}
 * @param mergedIntoName the surviving record's name when {@link State#MERGED}, else {@code null}
 * @param fields the remote copy's fields as a person reads them (label to value, in display order); empty when
 *        there is no copy to read
 * @param repairs the repairs that fit the state
 * @since 1.2
 */
public record RemoteView(RecordRef record, State state, String remoteId, String webUrl, String mergedIntoId,
        String mergedIntoName, Map<String, String> fields, Set<Repair> repairs) {
    public RemoteView {
        Checks.required(record, "record");
        Checks.required(state, "state");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.required(fields, "fields")));
        repairs = Set.copyOf(Checks.required(repairs, "repairs"));
    }

    /** Where a record's remote copy stands. */
    public enum State {
        /** The record has no remote copy. */
        NOT_LINKED,
        /** The remote copy exists and is active. */
        LINKED,
        /** The remote copy exists but was made inactive there. */
        INACTIVE,
        /** The remote copy was deleted there. */
        DELETED,
        /** The remote copy was merged into another record there. */
        MERGED
    }
}
