package io.ledgerbridge.sandbox.store;

import java.time.Instant;

/** Told about every committed change to an entity (API or QuickBooks user); feeds webhooks. */
@FunctionalInterface
public interface ChangeListener {
    /**
     * @param operation Create, Update, Delete, Merge, Void or Emailed
     * @param deletedId the id merged away, on Merge only
     */
    void changed(String realmId, String entity, String id, String operation, Instant at, String deletedId);
}
