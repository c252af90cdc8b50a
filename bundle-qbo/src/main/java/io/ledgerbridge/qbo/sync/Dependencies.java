package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.mapping.MappingException;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A record's dependency (an invoice's customer, a payment's invoice), pushed first when it never reached QuickBooks.
 * When the dependency cannot go, the dependent record waits with the dependency's reason instead of failing on its
 * own, and the dependency gets a row of its own, so its failure shows on it and later waits cost no call.
 */
final class Dependencies {
    private final LinkStore links;
    private final Outbox outbox;

    Dependencies(LinkStore links, Outbox outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    /**
     * @param pass the pass
     * @param ref the dependency
     * @param what its name in messages, e.g. "customer c1"
     * @param push pushes it now
     * @return its QuickBooks id, or empty when it is deliberately not pushed (skipped)
     * @throws PushFailure WAIT with the dependency's reason, RETRY or STOP_COMPANY as the push decided
     */
    Optional<String> ensure(Pass pass, RecordRef ref, String what, Supplier<Written> push) {
        Optional<String> linked = links.qboId(pass.tenant, ref);
        if (linked.isPresent()) {
            return linked;
        }
        Optional<Outbox.PendingChange> pending = outbox.pending(pass.tenant, ref);
        if (pending.isPresent() && Outbox.FAILED.equals(pending.get().state())) {
            throw PushFailure.waitFor("Waiting for " + what + ": " + pending.get().lastError(),
                    pending.get().lastRemedy());
        }
        PushFailure stopped;
        try {
            Written w = push.get();
            return Optional.ofNullable(w.qboId()).or(() -> {
                if (w.outcome() != io.ledgerbridge.qbo.store.SyncRuns.Outcome.SKIPPED) {
                    throw PushFailure.waitFor("Waiting for " + what + ": " + w.message(), null);
                }
                return Optional.empty();
            });
        } catch (MappingException e) {
            stopped = PushFailure.stop(e.getMessage(), e.remedy());
        } catch (QboFault f) {
            stopped = FaultTranslator.translate(ref, f);
        } catch (PushFailure f) {
            stopped = f;
        }
        if (stopped.action() != PushFailure.Action.STOP_RECORD) {
            throw stopped;
        }
        if (pending.isEmpty()) {
            // Its own row fails with this reason on the next claim, and shows it on the dependency's record.
            outbox.enqueue(pass.tenant, ref, null, "dependency", null, SyncTrigger.EVENT);
        }
        throw PushFailure.waitFor("Waiting for " + what + ": " + stopped.getMessage(), stopped.remedy());
    }
}
