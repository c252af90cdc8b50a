package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A record's push, ready to finish: either already done, or one last write that may travel alone or in a batch
 * with other records' writes. The worker decides which: {@link #now()} sends it alone (with the single path's
 * name-clash and stale-token handling); a batch sends {@link #write()} and hands QuickBooks' answer to
 * {@link #then(ObjectNode)}.
 */
final class Step {
    private final Written done;
    private final PlannedWrite write;
    private final Function<ObjectNode, Written> then;
    private final Supplier<Written> single;

    private Step(Written done, PlannedWrite write, Function<ObjectNode, Written> then, Supplier<Written> single) {
        this.done = done;
        this.write = write;
        this.then = then;
        this.single = single;
    }

    static Step done(Written w) {
        return new Step(w, null, null, null);
    }

    static Step pending(PlannedWrite write, Function<ObjectNode, Written> then, Supplier<Written> single) {
        return new Step(null, write, then, single);
    }

    /** @return whether a write remains */
    boolean isPending() {
        return write != null;
    }

    /** @return the remaining write, or {@code null} */
    PlannedWrite write() {
        return write;
    }

    /** @return the result, sending the remaining write alone */
    Written now() {
        return done != null ? done : single.get();
    }

    /**
     * @param answer QuickBooks' entity for the write (from a batch)
     * @return the result
     */
    Written then(ObjectNode answer) {
        return then.apply(answer);
    }

    /**
     * @param after what follows the write (totals check, payments)
     * @return this step, followed by {@code after}
     */
    Step map(UnaryOperator<Written> after) {
        if (done != null) {
            return done(after.apply(done));
        }
        return pending(write, then.andThen(after), () -> after.apply(single.get()));
    }

    /**
     * @param handler turns a fault of the single path into a result, or empty to rethrow it
     * @return this step with the single path recovering (a batch item's fault goes to the single path anyway)
     */
    Step recover(Function<QboFault, java.util.Optional<Written>> handler) {
        if (done != null) {
            return this;
        }
        return pending(write, then, () -> {
            try {
                return single.get();
            } catch (QboFault f) {
                return handler.apply(f).orElseThrow(() -> f);
            }
        });
    }

    /**
     * One write as a batch item carries it.
     *
     * @param entity QuickBooks' entity name
     * @param operation create or update
     * @param body the body (Id, SyncToken and sparse for an update)
     */
    record PlannedWrite(String entity, String operation, ObjectNode body) {
    }
}
