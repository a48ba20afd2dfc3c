package dev.amiable.internal.conn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.OverflowEpisode;
import dev.amiable.internal.codec.Frame;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The queue between reader and listeners, driven by hand: its executor only collects tasks, and
 * the test runs them, so every step is deterministic.
 */
class EventDispatcherTest {
    /** Collects submitted tasks; {@link #runAll()} runs them (and those they submit) in order. */
    static final class ManualExecutor implements Executor {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
        int submitted;
        boolean reject;

        @Override
        public void execute(Runnable task) {
            if (reject) {
                throw new RejectedExecutionException("shut down");
            }
            submitted++;
            tasks.add(task);
        }

        void runOne() {
            tasks.remove().run();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                runOne();
            }
        }
    }

    private final ManualExecutor executor = new ManualExecutor();
    private final List<Object> seen = new ArrayList<>();

    private EventDispatcher dispatcher(int capacity) {
        return new EventDispatcher(capacity, executor, seen::add);
    }

    private static Frame[] frames(int from, int count) {
        Frame[] f = new Frame[count];
        for (int i = 0; i < count; i++) {
            f[i] = Frame.of("Event", "E" + (from + i));
        }
        return f;
    }

    private List<String> seenNames() {
        List<String> names = new ArrayList<>();
        for (Object o : seen) {
            names.add(o instanceof Frame ? ((Frame) o).value(0)
                    : o instanceof OverflowEpisode ? "dropped " + ((OverflowEpisode) o).dropped() : o.toString());
        }
        return names;
    }

    private static List<String> names(int from, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("E" + (from + i));
        }
        return names;
    }

    @Test
    void runsAndOtherItemsArriveInTheOrderOffered() {
        EventDispatcher d = dispatcher(1000);
        assertEquals(3, d.offerAll(frames(0, 3), 3));
        assertTrue(d.offer("state"));
        assertEquals(2, d.offerAll(frames(3, 2), 2));
        assertEquals(1, executor.submitted, "one drain scheduled for everything offered before it ran");
        assertEquals(5, d.depth());

        executor.runAll();
        List<String> expected = new ArrayList<>(names(0, 3));
        expected.add("state");
        expected.addAll(names(3, 2));
        assertEquals(expected, seenNames());
        assertEquals(0, d.depth());
        assertEquals(5, d.delivered(), "only events are counted as delivered");
        assertEquals(0, d.oldestAgeNanos());
    }

    @Test
    void onlyTheFirstCountFramesOfAnArrayAreEvents() {
        EventDispatcher d = dispatcher(1000);
        Frame[] array = frames(0, 10);
        assertEquals(4, d.offerAll(array, 4));
        executor.runAll();
        assertEquals(names(0, 4), seenNames());
        assertEquals(4, d.delivered());
    }

    @Test
    void eventsBeyondTheCapacityAreDroppedAndCountedTheOldestKept() {
        EventDispatcher d = dispatcher(5);
        assertEquals(3, d.offerAll(frames(0, 3), 3));
        assertEquals(2, d.offerAll(frames(3, 4), 4), "room for two of four");
        assertEquals(0, d.offerAll(frames(7, 2), 2), "full");
        assertFalse(d.offer(Frame.of("Event", "E9")), "a single event is refused too");
        assertTrue(d.offer("lost"), "other items are never dropped");
        assertEquals(5, d.depth());
        assertEquals(5, d.dropped());

        executor.runAll();
        List<String> expected = new ArrayList<>(names(0, 5));
        expected.add("lost");
        assertEquals(expected, seenNames());
        assertEquals(5, d.delivered());
        assertEquals(5, d.dropped());
        assertEquals(0, d.depth());
    }

    @Test
    void aLongRunIsTakenAFewHundredAtATimeAndTheRestStillCounts() {
        int[] depthWhenFirstSeen = {-1};
        EventDispatcher[] self = {null};
        EventDispatcher watched = new EventDispatcher(10_000, executor, item -> {
            if (seen.isEmpty()) {
                depthWhenFirstSeen[0] = self[0].depth();
            }
            seen.add(item);
        });
        self[0] = watched;
        assertEquals(1000, watched.offerAll(frames(0, 1000), 1000));
        executor.runAll();
        assertEquals(names(0, 1000), seenNames());
        assertEquals(1000 - 256, depthWhenFirstSeen[0],
                "while the first events are delivered, the rest of the run is still waiting and counted");
        assertEquals(1000, watched.delivered());
        assertEquals(0, watched.depth());
    }

    @Test
    void aPartlyTakenRunMakesRoomOnlyForWhatWasTaken() {
        List<Integer> depths = new ArrayList<>();
        EventDispatcher[] self = {null};
        EventDispatcher d = new EventDispatcher(300, executor, item -> {
            if (seen.isEmpty()) {
                // while the first batch is being delivered, the reader offers more
                depths.add(self[0].depth());
                depths.add(self[0].offerAll(frames(300, 100), 100));
            }
            seen.add(item);
        });
        self[0] = d;
        assertEquals(300, d.offerAll(frames(0, 300), 300));
        assertEquals(0, d.offerAll(frames(900, 1), 1), "full");
        executor.runAll();
        assertEquals(List.of(300 - 256, 100), depths, "256 taken, so 256 places free up, of which 100 are used");
        List<String> expected = new ArrayList<>(names(0, 300));
        expected.add("dropped 1"); // the episode ends where the gap is, when the next read fits whole
        expected.addAll(names(300, 100));
        assertEquals(expected, seenNames());
        assertEquals(400, d.delivered());
        assertEquals(1, d.dropped());
    }

    @Test
    void theOldestAgeIsTheFirstWaitingEntrysAndAPartlyTakenRunKeepsItsAge() {
        long[] ageWhileDelivering = {-1};
        long[] askedAt = {-1};
        EventDispatcher[] self = {null};
        EventDispatcher d = new EventDispatcher(10_000, executor, item -> {
            if (seen.isEmpty()) {
                askedAt[0] = System.nanoTime();
                ageWhileDelivering[0] = self[0].oldestAgeNanos();
            }
            seen.add(item);
        });
        self[0] = d;
        long before = System.nanoTime();
        d.offerAll(frames(0, 600), 600);
        long after = System.nanoTime();
        long age = d.oldestAgeNanos();
        assertTrue(age > 0 && age <= System.nanoTime() - before, "age " + age);
        long waitedUntil = after + 2_000_000;
        while (System.nanoTime() < waitedUntil) {
            Thread.onSpinWait(); // let 2 ms pass between the offer and the drain (no sleep: an exact lower bound)
        }
        executor.runAll();
        // the rest of the run is still waiting since it was offered, not since the drain began
        assertTrue(ageWhileDelivering[0] >= askedAt[0] - after, "age " + ageWhileDelivering[0]);
        assertTrue(ageWhileDelivering[0] >= 2_000_000, "age " + ageWhileDelivering[0]);
        assertEquals(0, d.oldestAgeNanos());
    }

    @Test
    void oneTaskDeliversABoundedNumberOfEventsThenHandsTheExecutorBack() {
        EventDispatcher d = dispatcher(100_000);
        d.offerAll(frames(0, 20_000), 20_000);
        executor.runOne();
        assertEquals(64 * 256, seen.size(), "the first task stops after its budget");
        assertEquals(1, executor.tasks.size(), "and schedules the rest");
        executor.runAll();
        assertEquals(20_000, seen.size());
        assertEquals(names(0, 20_000), seenNames());
    }

    @Test
    void aRejectedDrainIsScheduledAgainByTheNextOffer() {
        EventDispatcher d = dispatcher(100);
        executor.reject = true;
        d.offerAll(frames(0, 2), 2);
        assertEquals(0, executor.submitted);
        executor.reject = false;
        d.offerAll(frames(2, 1), 1);
        assertEquals(1, executor.submitted);
        executor.runAll();
        assertEquals(names(0, 3), seenNames());
    }

    @Test
    void theQueueTakesTheCallersArrayAsItIs() {
        EventDispatcher d = dispatcher(100);
        Frame[] array = frames(0, 2);
        Frame first = array[0];
        d.offerAll(array, 2);
        executor.runAll();
        assertSame(first, seen.get(0));
    }

    @Test
    void theRingGrowsForManyWaitingEntriesAndKeepsTheirOrder() {
        EventDispatcher d = dispatcher(100_000);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            d.offerAll(frames(2 * i, 2), 2);
            d.offer("item" + i);
            expected.addAll(names(2 * i, 2));
            expected.add("item" + i);
        }
        assertEquals(1000, d.depth());
        executor.runAll();
        assertEquals(expected, seenNames());
    }
}
