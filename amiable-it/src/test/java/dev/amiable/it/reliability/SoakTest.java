package dev.amiable.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short soak run in CI: the call-centre scenario at 500 calls/s for 6 s. Longer: {@code bench/soak.sh}
 * or {@code -Dsoak.seconds=600 -Dsoak.rate=500} (see docs/RELIABILITY.md).
 */
class SoakTest {
    /** Heap may grow this much between the end of the warm-up and the end of the run. */
    private static final long HEAP_SLACK = 24L * 1024 * 1024;

    @Test
    void callCentreAt500CallsPerSecondLosesNothingAndStaysFlat() throws Exception {
        double rate = Double.parseDouble(System.getProperty("soak.rate", "500"));
        long seconds = Long.getLong("soak.seconds", 6);
        Soak.Result r = Soak.run(rate, Duration.ofSeconds(seconds));
        System.out.println(r);
        assertTrue(r.allArrived(), "the end marker arrived: " + r);
        assertEquals(0, r.gaps(), "lost events: " + r);
        assertEquals(0, r.duplicates(), "duplicated events: " + r);
        assertEquals(0, r.dropped(), "dropped events: " + r);
        assertEquals(r.eventsEmitted(), r.eventsChecked(), "every emitted event checked: " + r);
        assertTrue(r.eventsEmitted() >= r.calls() * 10, "a full event flow per call: " + r);
        assertTrue(r.calls() >= rate * seconds * 0.9, "rate held: " + r);
        assertTrue(r.heapEnd() <= r.heapWarm() + HEAP_SLACK, "heap grew: " + r);
        assertTrue(r.threadsEnd() <= r.threadsWarm(), "threads grew: " + r);
    }
}
