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
 *
 * <p>Events come in runs (one per socket read), and a run stays one entry of the ring: its array
 * passes from the reader to the drain as it is. Neither side copies an event's reference into a
 * long-lived array, and the drain takes up to {@link #BATCH} events of a run under one lock.
 */
final class EventDispatcher {
    /** Most events taken for delivery at once: the events held beyond the capacity, at most. */
    private static final int BATCH = 256;
    /** Events one task delivers before it lets other tasks of a shared executor run. */
    private static final int EVENTS_PER_TASK = 64 * BATCH;

    /** A run of events {@code frames[from, to)}; the drain moves {@code from} as it takes them. */
    private static final class Run {
        final Frame[] frames;
        int from;
        final int to;

        Run(Frame[] frames, int to) {
            this.frames = frames;
            this.to = to;
        }
    }

    private final Object lock = new Object();
    private final int capacity;
    private Object[] ring; // a Run, or one other item
    private long[] times;
    private int mask;
    private int head;
    private int size;
    private int events;
    private boolean scheduled;
    private long dropped;
    private final Executor executor;
    private final Consumer<Object> consumer;
    private final AtomicLong delivered = new AtomicLong();

    EventDispatcher(int capacity, Executor executor, Consumer<Object> consumer) {
        this.capacity = capacity;
        // start small and grow when needed: an idle connection should not hold a big ring
        int cap = 64;
        this.ring = new Object[cap];
        this.times = new long[cap];
        this.mask = cap - 1;
        this.executor = executor;
        this.consumer = consumer;
    }

    /**
     * Queues an item; false (and counted as dropped) for an event (a {@link Frame}) when
     * {@code capacity} events are waiting. Other items are always queued. Any thread.
     */
    boolean offer(Object item) {
        if (item instanceof Frame) {
            return offerAll(new Frame[] {(Frame) item}, 1) == 1;
        }
        boolean schedule;
        synchronized (lock) {
            add(item, System.nanoTime());
            schedule = wake();
        }
        if (schedule) {
            submit();
        }
        return true;
    }

    /**
     * Queues events (untyped: their {@link Frame}s) {@code items[0..count)} in order under one
     * lock, with one wake-up of the consumer; events beyond the capacity are dropped and counted.
     * The queue owns {@code items} from now on: the caller must not touch the array again.
     * Returns how many were queued.
     */
    int offerAll(Frame[] items, int count) {
        int queued;
        boolean schedule = false;
        long now = System.nanoTime();
        synchronized (lock) {
            queued = Math.max(0, Math.min(count, capacity - events));
            dropped += count - queued;
            if (queued > 0) {
                events += queued;
                add(new Run(items, queued), now);
                schedule = wake();
            }
        }
        if (schedule) {
            submit();
        }
        return queued;
    }

    /** Under the lock: appends one entry. */
    private void add(Object entry, long now) {
        if (size == ring.length) {
            grow();
        }
        int i = (head + size) & mask;
        ring[i] = entry;
        times[i] = now;
        size++;
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
        int budget = EVENTS_PER_TASK;
        while (budget > 0) {
            Object item;
            Frame[] frames = null;
            int from = 0;
            int to = 0;
            synchronized (lock) {
                if (size == 0) {
                    scheduled = false;
                    return;
                }
                item = ring[head];
                if (item instanceof Run) {
                    Run run = (Run) item;
                    frames = run.frames;
                    from = run.from;
                    to = Math.min(run.to, from + BATCH);
                    events -= to - from;
                    run.from = to;
                    if (to == run.to) {
                        pop(); // else the rest of the run stays at the head, with its time
                    }
                } else {
                    pop();
                }
            }
            if (frames == null) {
                consumer.accept(item);
                budget--;
                continue;
            }
            for (int k = from; k < to; k++) {
                consumer.accept(frames[k]);
                // one drain at a time writes it: an ordered store, no read-modify-write fence
                delivered.lazySet(delivered.get() + 1);
            }
            budget -= to - from;
        }
        submit(); // let other tasks of a shared executor run, then go on
    }

    /** Under the lock: removes the entry at the head. */
    private void pop() {
        ring[head] = null;
        head = (head + 1) & mask;
        size--;
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
