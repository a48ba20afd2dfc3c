package dev.amiable.testkit.agi;

import java.time.Duration;

/**
 * Simulated time that moves only when a test calls {@link #advance}: a scripted reply can wait two
 * hours of it without the test waiting at all. Thread-safe.
 */
public final class ManualClock {
    private long nanos;

    /** Time elapsed since creation, as advanced so far. */
    public synchronized Duration now() {
        return Duration.ofNanos(nanos);
    }

    /** Moves time forward and wakes every waiter whose moment has come. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time does not go back");
        }
        nanos += by.toNanos();
        notifyAll();
    }

    /** Blocks until simulated time reaches {@code moment} (as returned by {@link #now()}). */
    public synchronized void awaitReach(Duration moment) throws InterruptedException {
        long target = moment.toNanos();
        while (nanos < target) {
            wait();
        }
    }
}
