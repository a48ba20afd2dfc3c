package dev.amiable.internal.conn;

import dev.amiable.internal.codec.Frame;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A bounded queue between the socket reader and user code, drained in order on an executor.
 *
 * <p>Overflow policy: when {@code capacity} events are waiting, a new event is dropped and
 * counted (the reader never blocks, so Asterisk never sees a stalled client). Other items (state
 * changes, finished lists, protocol errors) are few and are never dropped: the ring grows for
 * them. Counters count events only. At most one drain runs at a time, so items reach the
 * consumer one by one, in the order offered, even on a thread pool.
 */
final class EventDispatcher {
    private static final int BATCH = 256;
    private static final int BATCHES_PER_TASK = 64;

    private final Object lock = new Object();
    private final int capacity;
    private Object[] ring;
    private long[] times;
    private int mask;
    private int head;
    private int size;
    private int events;
    private boolean scheduled;
    private long dropped;
    private final Executor executor;
    private final Consumer<Object> consumer;
    private final Object[] batch = new Object[BATCH];
    private final AtomicLong delivered = new AtomicLong();

    EventDispatcher(int capacity, Executor executor, Consumer<Object> consumer) {
        this.capacity = capacity;
        // start small and grow towards the capacity: an idle connection should not hold a big ring
        int cap = Integer.highestOneBit(Math.max(2, Math.min(capacity, 1024)) - 1) << 1;
        this.ring = new Object[cap];
        this.times = new long[cap];
        this.mask = cap - 1;
        this.executor = executor;
        this.consumer = consumer;
    }

    /**
     * Queues an item; false (and counted as dropped) for an event when {@code capacity} events
     * are waiting. Other items are always queued. Any thread.
     */
    boolean offer(Object item) {
        boolean queued;
        boolean schedule;
        synchronized (lock) {
            queued = add(item, System.nanoTime());
            schedule = queued && wake();
        }
        if (schedule) {
            submit();
        }
        return queued;
    }

    /**
     * Queues events (untyped: their {@link Frame}s) {@code items[0..count)} in order under one
     * lock, with one wake-up of the consumer; events beyond the capacity are dropped and counted.
     * Returns how many were queued.
     */
    int offerAll(Frame[] items, int count) {
        int queued = 0;
        boolean schedule;
        long now = System.nanoTime();
        synchronized (lock) {
            for (int k = 0; k < count; k++) {
                if (add(items[k], now)) { // add() counts each one refused
                    queued++;
                }
            }
            schedule = queued > 0 && wake();
        }
        if (schedule) {
            submit();
        }
        return queued;
    }

    /** Under the lock: appends one item, or counts a dropped event when the events are at capacity. */
    private boolean add(Object item, long now) {
        if (isEvent(item)) {
            if (events >= capacity) {
                dropped++;
                return false;
            }
            events++;
        }
        if (size == ring.length) {
            grow();
        }
        int i = (head + size) & mask;
        ring[i] = item;
        times[i] = now;
        size++;
        return true;
    }

    /** An event (its frame, typed on delivery): what the capacity and the counters count. */
    private static boolean isEvent(Object item) {
        return item instanceof Frame;
    }

    /** Under the lock: whether the caller must start a drain (none is scheduled yet). */
    private boolean wake() {
        boolean schedule = !scheduled;
        scheduled = true;
        return schedule;
    }

    private void grow() {
        int n = ring.length * 2;
        Object[] r = new Object[n];
        long[] t = new long[n];
        for (int k = 0; k < size; k++) {
            r[k] = ring[(head + k) & mask];
            t[k] = times[(head + k) & mask];
        }
        ring = r;
        times = t;
        mask = n - 1;
        head = 0;
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
                    if (isEvent(batch[k])) {
                        events--;
                    }
                }
                head = (head + n) & mask;
                size -= n;
            }
            for (int k = 0; k < n; k++) {
                Object item = batch[k];
                batch[k] = null;
                consumer.accept(item);
                if (isEvent(item)) {
                    // one drain at a time writes it: an ordered store, no read-modify-write fence
                    delivered.lazySet(delivered.get() + 1);
                }
            }
        }
        submit(); // let other tasks of a shared executor run, then go on
    }

    /** Events waiting, not counting those already taken for delivery. */
    int depth() {
        synchronized (lock) {
            return events;
        }
    }

    long dropped() {
        synchronized (lock) {
            return dropped;
        }
    }

    long delivered() {
        return delivered.get();
    }

    /** Age of the oldest waiting item in nanoseconds, 0 when empty. */
    long oldestAgeNanos() {
        synchronized (lock) {
            return size == 0 ? 0 : System.nanoTime() - times[head];
        }
    }
}
