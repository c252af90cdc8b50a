package io.ledgerbridge.qbo.inbound;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A change handler for the transport tests: records every change it is given; can be told to fail some first. */
final class RecordingHandler implements RemoteChangeHandler {
    final List<RemoteChange> received = new CopyOnWriteArrayList<>();
    private volatile Predicate<RemoteChange> failing = c -> false;

    @Override
    public void handle(RemoteChange change) {
        if (failing.test(change)) {
            throw new IllegalStateException("QuickBooks read failed for " + change.entityName() + " "
                    + change.qboId());
        }
        received.add(change);
    }

    void failWhile(Predicate<RemoteChange> failing) {
        this.failing = failing;
    }

    /** @return "Entity id OPERATION" of each received change, in order */
    List<String> summary() {
        return summary(c -> true);
    }

    /** @return "Entity id OPERATION" of each received change that {@code which} accepts, in order */
    List<String> summary(Predicate<RemoteChange> which) {
        return received.stream().filter(which).map(c -> c.entityName() + " " + c.qboId() + " " + c.operation())
                .toList();
    }
}
