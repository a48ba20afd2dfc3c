package dev.amiable.kafka.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bound on records handed to the producer and not yet acknowledged (or failed), shared by
 * every server of a bridge. When it is full, {@link #enter()} first blocks the calling event
 * dispatcher for up to the block timeout: that is the AMI backpressure, the client's event queue
 * fills and its own overflow policy applies. When the wait runs out the buffer is
 * <em>overflowing</em>: events are refused at once (and counted as drops by the caller) until room
 * appears again. A {@code WARNING} is logged when an overflow starts and an {@code INFO} with the
 * count when it ends.
 */
public final class BoundedBuffer {
    private static final System.Logger LOG = System.getLogger("dev.amiable.kafka");

    private final int capacity;
    private final long blockNanos;
    private final Semaphore room;
    private final AtomicLong droppedThisOverflow = new AtomicLong();
    private volatile boolean overflowing;
    private volatile int emptyWaiters;

    public BoundedBuffer(int capacity, Duration blockTimeout) {
        this.capacity = capacity;
        this.blockNanos = blockTimeout.toNanos();
        this.room = new Semaphore(capacity);
    }

    /**
     * Takes a place for one record; false when the record must be dropped (the caller counts it
     * and calls {@link #dropped()}). Blocks at most the block timeout, and not at all while
     * overflowing.
     */
    public boolean enter() throws InterruptedException {
        if (room.tryAcquire()) {
            endOverflow();
            return true;
        }
        if (!overflowing && blockNanos > 0 && room.tryAcquire(blockNanos, TimeUnit.NANOSECONDS)) {
            return true;
        }
        if (!overflowing) {
            overflowing = true;
            LOG.log(System.Logger.Level.WARNING, "Kafka buffer full ({0} records unacknowledged): "
                    + "dropping events until the broker catches up", capacity);
        }
        return false;
    }

    /** Counts a record refused by {@link #enter()}. */
    public void dropped() {
        droppedThisOverflow.incrementAndGet();
    }

    /** Gives back the place of a record that was acknowledged, failed, or never handed over. */
    public void leave() {
        room.release();
        if (emptyWaiters > 0) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /**
     * Blocks until no record is held (every one acknowledged or failed) or {@code timeout} passed.
     *
     * @return false when the timeout passed first
     */
    public boolean awaitEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            emptyWaiters++;
            try {
                while (size() > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                return true;
            } finally {
                emptyWaiters--;
            }
        }
    }

    /** Records held now. */
    public int size() {
        return capacity - room.availablePermits();
    }

    public int capacity() {
        return capacity;
    }

    /** Whether events are being dropped now. */
    public boolean overflowing() {
        return overflowing;
    }

    private void endOverflow() {
        if (overflowing) {
            overflowing = false;
            LOG.log(System.Logger.Level.INFO, "Kafka buffer has room again; {0} event(s) were dropped "
                    + "while it was full", droppedThisOverflow.getAndSet(0));
        }
    }
}
