package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code maxRunningScripts}: sessions beyond the bound wait, in order, and are never lost. */
class AdmissionTest {
    private static final Duration WAIT = AgiTestServer.WAIT;

    @Test
    void aSessionBeyondTheBoundWaitsUntilARunningScriptEnds() throws Exception {
        ManualClock clock = new ManualClock();
        try (AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).maxRunningScripts(1))) {
            AgiTestServer.Run first = server.call(AgiCallScript.withClock(clock).replyAfter(Duration.ofMinutes(1), "200 result=1 (v)"),
                    (c, r) -> c.getVariable("HOLD"));
            assertEquals("GET VARIABLE HOLD", first.call().takeCommand(WAIT));
            AgiTestServer.Run second = server.call(AgiCallScript.create(), (c, r) -> {
                c.noop();
                return "second";
            });
            assertTrue(second.call().awaitConnected(WAIT));
            // admission working means nothing ever arrives here while the first script runs
            assertNull(second.call().takeCommand(Duration.ofMillis(300)), "the second script waits for a place");
            assertFalse(second.outcome().isDone());
            clock.advance(Duration.ofMinutes(1));
            assertEquals("v", first.result());
            assertEquals("NOOP", second.call().takeCommand(WAIT));
            assertEquals("second", second.result());
        }
    }

    @Test
    void neverMoreScriptsRunThanTheBoundAndEverySessionRuns() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).maxRunningScripts(3))) {
            AgiTestServer.Run[] runs = new AgiTestServer.Run[12];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = server.call(AgiCallScript.create(), (c, r) -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        for (int k = 0; k < 5; k++) {
                            c.noop();
                        }
                    } finally {
                        running.decrementAndGet();
                    }
                    return "done";
                });
            }
            for (AgiTestServer.Run run : runs) {
                assertEquals("done", run.result());
                assertTrue(run.call().awaitEnd(WAIT));
                assertEquals(List.of("NOOP", "NOOP", "NOOP", "NOOP", "NOOP"), run.call().commands());
            }
        }
        assertTrue(most.get() <= 3, "at most 3 scripts at once, saw " + most.get());
    }

    @Test
    void closeHangsUpWaitingSessionsToo() throws Exception {
        ManualClock clock = new ManualClock();
        AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).maxRunningScripts(1)
                .shutdownTimeout(Duration.ofMillis(200)));
        // a short command holds the place (a long one would give it up)
        AgiTestServer.Run running = server.call(AgiCallScript.withClock(clock).replyAfter(Duration.ofHours(1), "200 result=1 (v)"),
                (c, r) -> c.getVariable("HOLD"));
        assertEquals("GET VARIABLE HOLD", running.call().takeCommand(WAIT));
        AgiTestServer.Run waiting = server.call(AgiCallScript.create(), (c, r) -> {
            c.answer();
            return null;
        });
        assertTrue(waiting.call().awaitConnected(WAIT));
        server.close();             // returns after the deadline and the hangups
        ExecutionException e = assertThrows(ExecutionException.class, running::result);
        assertInstanceOf(AgiHangupException.class, e.getCause());
        assertTrue(waiting.call().awaitEnd(WAIT), "the waiting session's connection is closed");
        assertEquals(List.of(), waiting.call().commands());
        assertEquals(0, server.server.activeSessions());
        clock.advance(Duration.ofHours(1));
    }
}
