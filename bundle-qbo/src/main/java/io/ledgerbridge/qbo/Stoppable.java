package io.ledgerbridge.qbo;

import java.time.Duration;
import java.time.Instant;

/**
 * A part of the connector with threads to stop. {@link ConnectorRuntime#close()} first calls {@link #stopTaking()} on
 * every part, so they all wind down at once, then {@link #stop(Instant)} on each with one shared deadline: stopping the
 * whole connector waits at most {@link #BOUND}, not that much per part. Nothing is ever interrupted (an interrupted H2
 * file operation closes the database under every other thread); work still running at the deadline is left to end on
 * its daemon thread, and what it did not finish stays in the database for the next start.
 */
public interface Stoppable extends AutoCloseable {
    /** The longest the whole connector waits for its work in flight when stopped (a QuickBooks call takes up to 130 s). */
    Duration BOUND = Duration.ofSeconds(140);

    /** Takes no new work (no new poll, no new task); returns at once. */
    void stopTaking();

    /**
     * Stops taking work if not done yet and waits for the work in flight, never past {@code deadline}.
     *
     * @param deadline the instant by which stopping gives up waiting
     */
    void stop(Instant deadline);

    /** Stops alone, waiting at most {@link #BOUND}. */
    @Override
    default void close() {
        stopTaking();
        stop(Instant.now().plus(BOUND));
    }
}
