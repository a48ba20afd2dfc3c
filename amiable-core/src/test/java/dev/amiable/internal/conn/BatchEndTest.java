package dev.amiable.internal.conn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.internal.codec.Frame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end-of-batch call: after the last event of each batch the dispatcher takes (at most 256,
 * from one read), before the next batch's first event or any other item.
 */
class BatchEndTest {
    private final EventDispatcherTest.ManualExecutor executor = new EventDispatcherTest.ManualExecutor();
    private final List<String> seen = new ArrayList<>();

    private EventDispatcher dispatcher() {
        return new EventDispatcher(10_000, 0, 0, () -> false, executor,
                o -> seen.add(o instanceof Frame ? ((Frame) o).value(0) : o.toString()), () -> seen.add("end"));
    }

    private static Frame[] frames(int from, int count) {
        Frame[] f = new Frame[count];
        for (int i = 0; i < count; i++) {
            f[i] = Frame.of("Event", "E" + (from + i));
        }
        return f;
    }

    @Test
    void endsEachReadAfterItsEventsAndBeforeTheNext() {
        EventDispatcher d = dispatcher();
        d.offerAll(frames(0, 2), 2);
        d.offer("state");
        d.offerAll(frames(2, 1), 1);
        executor.runAll();
        assertEquals(List.of("E0", "E1", "end", "state", "E2", "end"), seen);
    }

    @Test
    void aLongReadEndsEvery256Events() {
        EventDispatcher d = dispatcher();
        d.offerAll(frames(0, 300), 300);
        executor.runAll();
        assertEquals(302, seen.size());
        assertEquals("E255", seen.get(255));
        assertEquals("end", seen.get(256));
        assertEquals("E256", seen.get(257));
        assertEquals("end", seen.get(301));
    }
}
