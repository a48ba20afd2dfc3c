package dev.amiable.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Counts deliveries on one thread and wakes a waiter when a target is reached (no spinning: 2 cores). */
public final class Counter {
    private final AtomicLong count = new AtomicLong();
    private volatile long target = Long.MAX_VALUE;
    private volatile Thread waiter;

    /** Called by the delivering thread. */
    public void hit() {
        long n = count.incrementAndGet();
        if (n >= target) {
            Thread w = waiter;
            if (w != null) {
                LockSupport.unpark(w);
            }
        }
    }

    public long get() {
        return count.get();
    }

    /** Waits until the count reaches {@code value}; false on timeout. */
    public boolean awaitAtLeast(long value, long timeoutMillis) {
        waiter = Thread.currentThread();
        target = value;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            while (count.get() < value) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // hit() unparks once the target is reached; no timed polling, which would preempt
                // the threads under test every millisecond on a 2-core machine
                LockSupport.parkNanos(left);
            }
            return true;
        } finally {
            target = Long.MAX_VALUE;
            waiter = null;
        }
    }

    /** Waits until the count stops moving for {@code quietMillis}; returns it. */
    public long awaitQuiet(long quietMillis, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long last = -1;
        while (System.currentTimeMillis() < deadline) {
            long now = count.get();
            if (now == last && now > 0) {
                return now;
            }
            last = now;
            Thread.sleep(quietMillis);
        }
        return count.get();
    }
}
