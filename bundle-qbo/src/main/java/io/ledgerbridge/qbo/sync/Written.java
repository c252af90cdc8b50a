package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.qbo.store.SyncRuns;

/**
 * What a push did.
 *
 * @param outcome created, updated or skipped
 * @param qboId QuickBooks' id, or {@code null} when skipped before any link
 * @param entity what QuickBooks returned, or {@code null}
 * @param message a note for the sync log and the record (why skipped; a total difference), or {@code null}
 * @param originals JSON of the host's original values of fields cut or cleaned, or {@code null}
 */
record Written(SyncRuns.Outcome outcome, String qboId, ObjectNode entity, String message, String originals) {
    static Written skipped(String why) {
        return new Written(SyncRuns.Outcome.SKIPPED, null, null, why, null);
    }

    Written withMessage(String m) {
        return new Written(outcome, qboId, entity, m, originals);
    }
}
