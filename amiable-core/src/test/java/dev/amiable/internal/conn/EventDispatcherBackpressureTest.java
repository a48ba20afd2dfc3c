package dev.amiable.internal.conn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.OverflowEpisode;
import dev.amiable.internal.codec.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code OverflowPolicy.BLOCK} in the queue itself, with a real dispatcher thread: the reader
 * (the test thread) waits while listeners move, drops once they take nothing for the bound, and
 * reports each episode of drops once, where the gap is.
 */
@Timeout(20)
class EventDispatcherBackpressureTest {
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final List<Object> seen = new ArrayList<>(); // dispatcher thread only until joined

    @AfterEach
    void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static Frame[] frames(int from, int count) {
        Frame[] f = new Frame[count];
        for (int i = 0; i < count; i++) {
            f[i] = Frame.of("Event", "E", "N", Integer.toString(from + i));
        }
        return f;
    }

    /** Waits for {@code latch} (a listener held until the test lets it go), at most 10 s. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int n(Object frame) {
        return Integer.parseInt(((Frame) frame).value(1));
    }

    /** Waits until the dispatcher has handled everything queued so far. */
    private void settle() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        thread.submit(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    @Test
    void aSlowButMovingListenerIsWaitedForAndNothingIsDropped() throws Exception {
        int capacity = 8;
        int[] maxDepth = {0};
        EventDispatcher[] self = {null};
        // a generous bound: a loaded test machine must not make a moving listener look stuck
        EventDispatcher d = new EventDispatcher(capacity, TimeUnit.SECONDS.toNanos(2), thread, item -> {
            LockSupport.parkNanos(1_000_000); // 1 ms per event
            maxDepth[0] = Math.max(maxDepth[0], self[0].depth());
            seen.add(item);
        });
        self[0] = d;
        for (int i = 0; i < 200; i += 20) {
            assertEquals(20, d.offerAll(frames(i, 20), 20), "the whole read is queued once there is room");
        }
        while (d.delivered() < 200) {
            settle();
        }
        settle();
        assertEquals(0, d.dropped());
        assertEquals(0, d.episodes());
        assertTrue(d.blockedNanos() > 0, "the reader waited for room");
        assertTrue(maxDepth[0] <= capacity, "never more than the capacity waiting: " + maxDepth[0]);
        for (int i = 0; i < 200; i++) {
            assertEquals(i, n(seen.get(i)), "wire order kept");
        }
    }

    @Test
    void aStuckListenerCostsDropsAfterTheBoundReportedOnceWhereTheGapIs() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventDispatcher d = new EventDispatcher(4, TimeUnit.MILLISECONDS.toNanos(40), thread, item -> {
            if (item instanceof Frame && n(item) == 0) {
                stuck.countDown();
                await(release);
            }
            seen.add(item);
        });
        assertEquals(1, d.offerAll(frames(0, 1), 1));
        assertTrue(stuck.await(5, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        assertEquals(4, d.offerAll(frames(1, 6), 6), "four fit, two wait and are dropped");
        long waited = System.nanoTime() - t0;
        assertTrue(waited >= TimeUnit.MILLISECONDS.toNanos(40), "the reader waited the bound first: " + waited);
        assertEquals(2, d.dropped());
        long t1 = System.nanoTime();
        assertEquals(0, d.offerAll(frames(7, 3), 3), "in an episode the reader drops at once");
        assertTrue(System.nanoTime() - t1 < TimeUnit.MILLISECONDS.toNanos(40), "no second wait");
        assertEquals(5, d.dropped());
        assertEquals(1, d.episodes());

        release.countDown();
        while (d.depth() > 0) {
            settle();
        }
        assertEquals(2, d.offerAll(frames(10, 2), 2), "the listener is back: a whole read fits");
        settle();
        assertEquals(1, d.episodes(), "one episode for every drop of the stretch");
        List<String> order = new ArrayList<>();
        for (Object o : seen) {
            order.add(o instanceof Frame ? Integer.toString(n(o))
                    : "dropped " + ((OverflowEpisode) o).dropped());
        }
        assertEquals(List.of("0", "1", "2", "3", "4", "dropped 5", "10", "11"), order);
        OverflowEpisode e = (OverflowEpisode) seen.get(5);
        assertTrue(!e.lastDrop().isBefore(e.firstDrop()) && e.span().toMillis() >= 0, e.toString());
    }

    @Test
    void aStateChangeClosesAnOpenEpisode() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        EventDispatcher d = new EventDispatcher(1, thread, item -> {
            await(release);
            seen.add(item);
        });
        d.offerAll(frames(0, 1), 1);
        while (d.depth() > 0) {
            Thread.onSpinWait(); // until the dispatcher holds event 0
        }
        d.offerAll(frames(1, 3), 3); // one fits, two dropped at once (DROP_NEWEST)
        d.closeEpisode();
        d.offer("state");
        release.countDown();
        while (seen.size() < 4) {
            settle();
        }
        assertEquals(OverflowEpisode.class, seen.get(2).getClass());
        assertEquals(2, ((OverflowEpisode) seen.get(2)).dropped());
        assertEquals("state", seen.get(3));
    }

    /** Bytes of one test frame, as the queue counts them. */
    private static final int FRAME_BYTES = frames(100, 1)[0].end() - frames(100, 1)[0].start();

    @Test
    void readAheadKeepsTheQueueSmallWhileListenersMoveAndLosesNothing() throws Exception {
        int readAhead = 10 * FRAME_BYTES;
        int[] maxDepth = {0};
        EventDispatcher[] self = {null};
        EventDispatcher d = new EventDispatcher(1_000, TimeUnit.SECONDS.toNanos(2), readAhead, () -> false, thread,
                item -> {
                    LockSupport.parkNanos(200_000); // a moving listener, slower than the reader
                    maxDepth[0] = Math.max(maxDepth[0], self[0].depth());
                    seen.add(item);
                });
        self[0] = d;
        for (int i = 0; i < 300; i += 5) {
            assertEquals(5, d.offerAll(frames(i, 5), 5));
        }
        while (d.delivered() < 300) {
            settle();
        }
        assertEquals(0, d.dropped());
        assertTrue(d.blockedNanos() > 0, "the reader waited for the listener");
        // the bound is checked before each read is queued whole: at most one read beyond it
        assertTrue(maxDepth[0] <= 10 + 5, "far below the capacity of 1,000: " + maxDepth[0]);
        for (int i = 0; i < 300; i++) {
            assertEquals(i, n(seen.get(i)), "wire order kept");
        }
    }

    @Test
    void aStalledListenerMakesTheReaderReadAheadUpToTheCapacityWithoutDrops() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventDispatcher d = new EventDispatcher(1_000, TimeUnit.MILLISECONDS.toNanos(250), 2 * FRAME_BYTES,
                () -> false, thread, item -> {
                    stuck.countDown();
                    await(release);
                    seen.add(item);
                });
        assertEquals(10, d.offerAll(frames(0, 10), 10));
        assertTrue(stuck.await(5, TimeUnit.SECONDS));
        for (int i = 10; i < 40; i += 10) {
            // each read waits a fifth of maxBlock for a listener that takes nothing, then is queued
            assertEquals(10, d.offerAll(frames(i, 10), 10));
        }
        // the first read is with the listener (stalled on its first event); the other three wait queued
        assertEquals(30, d.depth(), "read ahead far past the byte bound of two events while the listener is stalled");
        assertEquals(0, d.dropped());
        release.countDown();
        while (d.delivered() < 40) {
            settle();
        }
        assertEquals(40, seen.size());
    }

    @Test
    void anAwaitedAnswerMakesTheReaderReadAhead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        EventDispatcher d = new EventDispatcher(1_000, TimeUnit.SECONDS.toNanos(10), 2 * FRAME_BYTES,
                () -> true, thread, item -> {
                    await(release);
                    seen.add(item);
                });
        long t0 = System.nanoTime();
        for (int i = 0; i < 40; i += 10) {
            assertEquals(10, d.offerAll(frames(i, 10), 10));
        }
        // without the answer awaited each read would wait 2 s (a fifth of maxBlock): 8 s in all
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "no read waited");
        assertEquals(0, d.dropped());
        release.countDown();
        while (d.delivered() < 40) {
            settle();
        }
        assertEquals(40, seen.size());
    }
}
