package io.ledgerbridge.qbo.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each of this node's polling loops last completed a round, so a loop that stopped (its thread died, a round
 * hangs, every round fails) shows in the workers check. Each loop is given a beat to run after every round it
 * completes. Thread-safe.
 */
public final class Heartbeats {
    private final Clock clock;
    private final Map<String, Loop> loops = new ConcurrentHashMap<>();

    /** @param clock the clock */
    public Heartbeats(Clock clock) {
        this.clock = clock;
    }

    /**
     * A loop as last seen.
     *
     * @param name what it is, e.g. "sync poll"
     * @param every how often it runs
     * @param since when it was registered
     * @param lastRound when it last completed a round, or {@code null}
     */
    public record Loop(String name, Duration every, Instant since, Instant lastRound) {
        /** @return when it last showed life: its last round, else its start */
        public Instant lastSign() {
            return lastRound != null ? lastRound : since;
        }
    }

    /**
     * Registers a loop.
     *
     * @param name what it is, e.g. "sync poll"
     * @param every how often it runs
     * @return the beat to run after each completed round
     */
    public Runnable loop(String name, Duration every) {
        loops.put(name, new Loop(name, every, clock.instant(), null));
        return () -> loops.computeIfPresent(name, (n, l) -> new Loop(n, l.every(), l.since(), clock.instant()));
    }

    /** @return the loops, by name */
    public List<Loop> loops() {
        return loops.values().stream().sorted(Comparator.comparing(Loop::name)).toList();
    }
}
