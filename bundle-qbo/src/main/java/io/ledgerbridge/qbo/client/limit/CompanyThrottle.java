package io.ledgerbridge.qbo.client.limit;

import io.ledgerbridge.qbo.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps all work for one QuickBooks company within its throttles (requests per minute, per second, in flight, and
 * batch calls per minute), so QuickBooks never answers 429 because of us. One instance per company, shared by every
 * thread that calls that company; each HTTP call is wrapped in {@link #acquire} and {@link Permit#close()}.
 * Two ways to ask: {@link #tryAcquire} never waits (the push path: a company that must wait is rescheduled and its
 * thread serves another company); {@link #acquire} blocks, for a running request to finish (a condition) or for a
 * window to slide (the injected sleeper, never a spin), for callers that own their thread (OAuth reads).
 */
public final class CompanyThrottle {
    private static final Duration RELEASE_POLL = Duration.ofMillis(20);

    private final ThrottleLimits limits;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final SlidingWindow requests;
    private final SlidingWindow burst;
    private final SlidingWindow batches;
    private int inFlight;
    private Instant heldUntil = Instant.MIN;

    public CompanyThrottle(ThrottleLimits limits, Clock clock, Sleeper sleeper) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.requests = new SlidingWindow(limits.requestsPerWindow(), limits.requestWindow());
        this.burst = new SlidingWindow(limits.burstPerWindow(), limits.burstWindow());
        this.batches = new SlidingWindow(limits.batchesPerWindow(), limits.batchWindow());
    }

    public ThrottleLimits limits() {
        return limits;
    }

    /** Waits until one ordinary request may be sent. */
    public Permit acquire() throws InterruptedException {
        return acquire(false, 1);
    }

    /**
     * Waits until a request may be sent.
     *
     * @param batch whether it is a batch call (counted toward the batch limit too)
     * @param items how many operations it carries (1 unless a batch)
     * @return the permit to close when the response has been read
     * @throws InterruptedException when interrupted while waiting; nothing is held then
     */
    public Permit acquire(boolean batch, int items) throws InterruptedException {
        int units = requests.clamp(batch && limits.batchItemsCountAsRequests() ? Math.max(1, items) : 1);
        lock.lockInterruptibly();
        try {
            while (true) {
                if (inFlight >= limits.maxInFlight()) {
                    released.await();
                    continue;
                }
                var now = clock.instant();
                Duration held = now.isBefore(heldUntil) ? Duration.between(now, heldUntil) : Duration.ZERO;
                Duration wait = longest(held, requests.waitFor(units, now), burst.waitFor(1, now),
                        batch ? batches.waitFor(1, now) : Duration.ZERO);
                if (wait == null) {
                    released.await();
                } else if (!wait.isZero()) {
                    lock.unlock();
                    try {
                        sleeper.sleep(wait);
                    } finally {
                        lock.lock();
                    }
                } else {
                    return take(batch, units);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a permit now or says when to ask again; never waits.
     *
     * @param batch whether it is a batch call (counted toward the batch limit too)
     * @param items how many operations it carries (1 unless a batch)
     * @return the permit to close when the response has been read
     * @throws CompanyMustWait when the company may not send now, with the instant it may
     */
    public Permit tryAcquire(boolean batch, int items) {
        int units = requests.clamp(batch && limits.batchItemsCountAsRequests() ? Math.max(1, items) : 1);
        lock.lock();
        try {
            var now = clock.instant();
            Duration held = now.isBefore(heldUntil) ? Duration.between(now, heldUntil) : Duration.ZERO;
            Duration wait = inFlight >= limits.maxInFlight() ? null : longest(held, requests.waitFor(units, now),
                    burst.waitFor(1, now), batch ? batches.waitFor(1, now) : Duration.ZERO);
            if (wait == null) {
                // Only a running request's answer makes room: ask again in a moment (answers take milliseconds).
                throw new CompanyMustWait(now.plus(RELEASE_POLL), "the company's calls in flight are at the limit");
            }
            if (!wait.isZero()) {
                throw new CompanyMustWait(now.plus(wait), now.isBefore(heldUntil)
                        ? "QuickBooks asked the company to wait (429)" : "the company's throttle window is full");
            }
            return take(batch, units);
        } finally {
            lock.unlock();
        }
    }

    /**
     * When a flight of work would fit, without taking anything: a caller that plans work before it sends (the push
     * path's turn) asks first and comes back then, rather than plan records it cannot send.
     *
     * @param operations the operations it would send (batch items counted as the throttle counts them)
     * @param batchCalls how many of its calls are batch calls
     * @return now when it fits now, else the instant it should ask again
     */
    public Instant availableAt(int operations, int batchCalls) {
        lock.lock();
        try {
            var now = clock.instant();
            int units = requests.clamp(limits.batchItemsCountAsRequests() ? Math.max(1, operations)
                    : Math.max(1, batchCalls));
            Duration wait = longest(now.isBefore(heldUntil) ? Duration.between(now, heldUntil) : Duration.ZERO,
                    requests.waitFor(units, now), batchCalls > 0 ? batches.waitFor(Math.min(batchCalls,
                            limits.batchesPerWindow()), now) : Duration.ZERO);
            return wait == null ? now.plus(RELEASE_POLL) : now.plus(wait);
        } finally {
            lock.unlock();
        }
    }

    /** @return the instant before which every request of the company is held (after a 429), or a past instant */
    public Instant heldUntil() {
        lock.lock();
        try {
            return heldUntil;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds every request of the company for {@code wait}: after a 429 QuickBooks refuses the company's other
     * requests too, so all threads wait rather than each drawing its own 429.
     *
     * @return the instant the company is held until (the later of this hold and one already in force)
     */
    public Instant holdFor(Duration wait) {
        lock.lock();
        try {
            Instant until = clock.instant().plus(wait);
            if (until.isAfter(heldUntil)) {
                heldUntil = until;
            }
            return heldUntil;
        } finally {
            lock.unlock();
        }
    }

    private Permit take(boolean batch, int units) {
        inFlight++;
        requests.start(units);
        burst.start(1);
        if (batch) {
            batches.start(1);
        }
        return new Permit(batch, units);
    }

    /** Requests currently running. */
    public int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    private void release(Permit permit) {
        lock.lock();
        try {
            var now = clock.instant();
            inFlight--;
            requests.finish(permit.units, now);
            burst.finish(1, now);
            if (permit.batch) {
                batches.finish(1, now);
            }
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Null (wait for a release) wins over any duration; otherwise the longest wait. */
    private static Duration longest(Duration... waits) {
        Duration longest = Duration.ZERO;
        for (Duration w : waits) {
            if (w == null) {
                return null;
            }
            if (w.compareTo(longest) > 0) {
                longest = w;
            }
        }
        return longest;
    }

    /** The right to have one request running; close it exactly once when the response has been read. */
    public final class Permit implements AutoCloseable {
        private final boolean batch;
        private final int units;
        private boolean closed;

        private Permit(boolean batch, int units) {
            this.batch = batch;
            this.units = units;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                release(this);
            }
        }
    }
}
