package dev.amiable.internal.conn;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A bounded queue between the socket reader and user code, drained in order on an executor.
 *
 * <p>Overflow policy: when {@code capacity} items are waiting, a new one is dropped and counted
 * (the reader never blocks, so Asterisk never sees a stalled client). At most one drain runs at a
 * time, so items reach the consumer one by one, in the order offered, even on a thread pool.
 */
final class EventDispatcher {
    private static final int BATCH = 256;
    private static final int BATCHES_PER_TASK = 64;

    private final Object lock = new Object();
    private final Object[] ring;
    private final long[] times;
    private final int mask;
    private int head;
    private int size;
    private boolean scheduled;
    private long dropped;
    private long offered;
    private final Executor executor;
    private final Consumer<Object> consumer;
    private final Object[] batch = new Object[BATCH];
    private volatile long delivered;

    EventDispatcher(int capacity, Executor executor, Consumer<Object> consumer) {
        int cap = Integer.highestOneBit(Math.max(2, capacity) - 1) << 1;
        this.ring = new Object[cap];
        this.times = new long[cap];
        this.mask = cap - 1;
        this.executor = executor;
        this.consumer = consumer;
    }

    /** Queues an item; false (and counted as dropped) when the queue is full. Any thread. */
    boolean offer(Object item) {
        boolean schedule;
        synchronized (lock) {
            offered++;
            if (size == ring.length) {
                dropped++;
                return false;
            }
            int i = (head + size) & mask;
            ring[i] = item;
            times[i] = System.nanoTime();
            size++;
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            submit();
        }
        return true;
    }

    private void submit() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (lock) {
                scheduled = false;
            }
        }
    }

    private void drain() {
        for (int round = 0; round < BATCHES_PER_TASK; round++) {
            int n;
            synchronized (lock) {
                n = Math.min(size, BATCH);
                if (n == 0) {
                    scheduled = false;
                    return;
                }
                for (int k = 0; k < n; k++) {
                    int i = (head + k) & mask;
                    batch[k] = ring[i];
                    ring[i] = null;
                }
                head = (head + n) & mask;
                size -= n;
            }
            for (int k = 0; k < n; k++) {
                Object item = batch[k];
                batch[k] = null;
                consumer.accept(item);
            }
            delivered += n;
        }
        submit(); // let other tasks of a shared executor run, then go on
    }

    int depth() {
        synchronized (lock) {
            return size;
        }
    }

    long dropped() {
        synchronized (lock) {
            return dropped;
        }
    }

    long delivered() {
        return delivered;
    }

    /** Age of the oldest waiting item in nanoseconds, 0 when empty. */
    long oldestAgeNanos() {
        synchronized (lock) {
            return size == 0 ? 0 : System.nanoTime() - times[head];
        }
    }
}
