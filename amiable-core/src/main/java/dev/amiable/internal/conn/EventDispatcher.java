package dev.amiable.internal.conn;

import dev.amiable.internal.codec.Frame;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A bounded queue between the socket reader and user code, drained in order on an executor.
 *
 * <p>Overflow: when {@code capacity} events are waiting, the reader either waits for room
 * ({@code maxBlockNanos > 0}, {@link dev.amiable.OverflowPolicy#BLOCK}) for as long as the drain
 * keeps delivering, giving up once it has delivered nothing for {@code maxBlockNanos}, or drops at
 * once ({@code maxBlockNanos == 0}, {@code DROP_NEWEST}). Drops are counted in episodes
 * ({@link DropEpisodes}); while one is open the reader does not wait, and the first read that fits
 * whole closes it: the episode is queued as an item just before that read's events. Other items
 * (state changes, finished lists, protocol errors, episodes) are few and are never dropped: the
 * ring grows for them. Counters count events only. At most one drain runs at a time, so items
 * reach the consumer one by one, in the order offered, even on a thread pool.
 *
 * <p>Read-ahead ({@code readAheadBytes > 0}, with {@code BLOCK} only): while the drain keeps
 * delivering and no action awaits its response, the reader also waits once that many bytes of
 * events are queued, until the drain has taken half of them. The backlog then waits in TCP's
 * buffers instead of the heap, and the events the drain reads are still in the CPU's caches: on a
 * sustained stream this halves the CPU per event. When the drain delivers nothing for
 * {@link #paceNanos()}, or a response is awaited, the reader reads ahead again, up to
 * {@code capacity} events, so a stalled listener does not hold up answers or the server.
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

    /**
     * A run of events {@code frames[from, to)}; the drain moves {@code from} as it takes them.
     * Runs of one read that had to wait for room share its array, each with its own range.
     */
    private static final class Run {
        final Frame[] frames;
        int from;
        final int to;
        /** Bytes of the events not taken yet (their share of the read, for read-ahead). */
        long bytes;

        Run(Frame[] frames, int from, int to, long bytes) {
            this.frames = frames;
            this.from = from;
            this.to = to;
            this.bytes = bytes;
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
    /** Bytes of the queued events. */
    private long bytes;
    /** The reader waits because of read-ahead: it goes on once half of the bytes are taken. */
    private boolean paced;
    private boolean scheduled;
    private final DropEpisodes drops = new DropEpisodes();
    private final long maxBlockNanos;
    private final long readAheadBytes;
    private final BooleanSupplier answersAwaited;
    /** The reader waits in {@link #offerAll} for the drain to take events. */
    private volatile boolean readerWaiting;
    /** {@link System#nanoTime()} when the reader last stopped waiting for room. */
    private volatile long lastWaitNanos = System.nanoTime() - java.util.concurrent.TimeUnit.DAYS.toNanos(1);
    private long blockedNanos;
    private final Executor executor;
    private final Consumer<Object> consumer;
    private final Runnable batchEnd;
    private final AtomicLong delivered = new AtomicLong();

    /** A queue that drops at once when full ({@code DROP_NEWEST}). */
    EventDispatcher(int capacity, Executor executor, Consumer<Object> consumer) {
        this(capacity, 0, executor, consumer);
    }

    /**
     * @param maxBlockNanos how long the reader waits for room while nothing is delivered; 0 to
     *                      drop at once
     */
    EventDispatcher(int capacity, long maxBlockNanos, Executor executor, Consumer<Object> consumer) {
        this(capacity, maxBlockNanos, 0, () -> false, executor, consumer);
    }

    /**
     * @param maxBlockNanos  how long the reader waits for room while nothing is delivered; 0 to
     *                       drop at once
     * @param readAheadBytes with {@code maxBlockNanos > 0}: bytes of events queued before the
     *                       reader waits for delivering listeners (see the class comment); 0 for
     *                       no such wait
     * @param answersAwaited whether some action awaits its response (then the reader reads ahead);
     *                       called by the reader, outside the queue's lock
     */
    EventDispatcher(int capacity, long maxBlockNanos, long readAheadBytes, BooleanSupplier answersAwaited,
            Executor executor, Consumer<Object> consumer) {
        this(capacity, maxBlockNanos, readAheadBytes, answersAwaited, executor, consumer, () -> { });
    }

    /**
     * As above, with {@code batchEnd} run on the delivering thread after each batch of events
     * (up to {@link #BATCH}, from one read) has gone to {@code consumer}, before anything else is
     * delivered.
     */
    EventDispatcher(int capacity, long maxBlockNanos, long readAheadBytes, BooleanSupplier answersAwaited,
            Executor executor, Consumer<Object> consumer, Runnable batchEnd) {
        this.batchEnd = batchEnd;
        this.capacity = capacity;
        this.maxBlockNanos = maxBlockNanos;
        this.readAheadBytes = maxBlockNanos > 0 ? readAheadBytes : 0;
        this.answersAwaited = answersAwaited;
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
     * Queues events (untyped: their {@link Frame}s) {@code items[0..count)} in order. The queue
     * owns {@code items} from now on: the caller must not touch the array again. When they do not
     * all fit, the reader waits for room or drops the rest (see the class comment); returns how
     * many were queued. Called by one thread at a time (the reader).
     */
    int offerAll(Frame[] items, int count) {
        int done = 0;
        long idle = 0; // time waited while nothing was delivered
        long seen = -1;
        long total = readAheadBytes > 0 ? bytes(items, count) : 0;
        for (;;) {
            boolean schedule = false;
            boolean finished = false;
            // read ahead while an answer is awaited: asked outside the lock, once per round
            boolean mayPace = readAheadBytes > 0 && !answersAwaited.getAsBoolean();
            synchronized (lock) {
                long now = System.nanoTime();
                int n = Math.min(count - done, capacity - events);
                if (n > 0 && mayPace && !drops.open() && idle < paceNanos() && (paced ? 2 * bytes > readAheadBytes : bytes >= readAheadBytes)) {
                    paced = true; // listeners are behind but moving: let TCP hold the rest
                    n = 0;
                }
                if (n > 0) {
                    if (n == count && drops.open()) {
                        add(drops.close(), now); // the gap ends here, before these events
                    }
                    long b = total * n / count;
                    events += n;
                    bytes += b;
                    paced = false;
                    add(new Run(items, done, done + n, b), now);
                    done += n;
                    schedule = wake();
                    idle = 0;
                }
                if (done < count && !schedule) {
                    long d = delivered.get();
                    if (d != seen) {
                        seen = d; // delivery moves on, however slowly: keep waiting
                        idle = 0;
                    }
                    if (maxBlockNanos == 0 || drops.open() || idle >= maxBlockNanos || !waitForRoom(now, paced)) {
                        drops.drop(count - done);
                        finished = true;
                    } else {
                        idle += Math.min(System.nanoTime() - now, paced ? paceNanos() : slice());
                    }
                }
                finished |= done == count;
            }
            if (schedule) {
                submit();
            }
            if (finished) {
                return done;
            }
        }
    }

    /**
     * One wait of the reader. Idle time is summed over several waits, each counted at most this
     * long, so a pause of the whole process (a collection) is not taken for stuck listeners.
     */
    private long slice() {
        return Math.max(1_000_000, maxBlockNanos / 4);
    }

    /**
     * How long the drain may deliver nothing before a reader held back by read-ahead reads on
     * (a fifth of {@code maxBlock}, 10 ms by default); also its longest single wait, so that it
     * soon sees an action that awaits its answer.
     */
    private long paceNanos() {
        return Math.max(1_000_000, maxBlockNanos / 5);
    }

    /** Bytes of the events {@code items[0, count)}. */
    private static long bytes(Frame[] items, int count) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += items[i].end() - items[i].start();
        }
        return sum;
    }

    /**
     * Under the lock: waits up to one {@link #slice()} for the drain to take events; false when
     * the reader was interrupted (then there is nothing to wait for).
     */
    private boolean waitForRoom(long now, boolean pacing) {
        readerWaiting = true;
        try {
            lock.wait((pacing ? 1_000_000 : slice()) / 1_000_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            readerWaiting = false;
            long end = System.nanoTime();
            lastWaitNanos = end;
            blockedNanos += end - now;
        }
    }

    /**
     * Queues the open drop episode, if any, as an item of its own (a state change ends it: the
     * events after it belong to another session or to none). Any thread.
     */
    void closeEpisode() {
        boolean schedule = false;
        synchronized (lock) {
            if (drops.open()) {
                add(drops.close(), System.nanoTime());
                schedule = wake();
            }
        }
        if (schedule) {
            submit();
        }
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
                    long b = run.bytes * (to - from) / (run.to - from); // all that is left at the end
                    run.bytes -= b;
                    bytes -= b;
                    events -= to - from;
                    run.from = to;
                    if (readerWaiting && (!paced || 2 * bytes <= readAheadBytes)) {
                        lock.notifyAll(); // room for the reader
                    }
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
            batchEnd.run();
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
            return drops.total();
        }
    }

    /** Drop episodes so far. */
    long episodes() {
        synchronized (lock) {
            return drops.episodes();
        }
    }

    /** Total time the reader waited for room, in nanoseconds. */
    long blockedNanos() {
        synchronized (lock) {
            return blockedNanos;
        }
    }

    /**
     * Whether the reader waited for room at some time since {@code sinceNanos} or is waiting now:
     * then it was kept from reading the socket by the listeners, not by a silent peer.
     */
    boolean readerWaitedSince(long sinceNanos) {
        return readerWaiting || lastWaitNanos - sinceNanos > 0;
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
