package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.util.List;

/**
 * One page of conflicts.
 *
 * @param conflicts the conflicts on this page, newest first
 * @param total how many conflicts match the query in all
 * @since 1.1
 */
public record ConflictPage(List<Conflict> conflicts, int total) {
    public ConflictPage {
        conflicts = List.copyOf(Checks.required(conflicts, "conflicts"));
    }
}
