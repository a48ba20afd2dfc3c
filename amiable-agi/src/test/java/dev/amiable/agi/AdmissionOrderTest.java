package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.agi.internal.Admission;
import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.ManualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A script back from a long command takes the next free place ahead of sessions not yet started. */
class AdmissionOrderTest {
    private static final Duration WAIT = AgiTestServer.WAIT;

    @Test
    void aScriptBackFromALongCommandGoesAheadOfNewSessions() throws Exception {
        ManualClock clockA = new ManualClock();
        ManualClock clockB = new ManualClock();
        try (AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).maxRunningScripts(1))) {
            Admission gate = server.server.admission();
            AgiTestServer.Run a = server.call(AgiCallScript.withClock(clockA)
                    .replyAfter(Duration.ofMinutes(1), "200 result=0")
                    .replyAfter(Duration.ofMinutes(1), "200 result=1 (a)"), (c, r) -> {
                        c.exec("Dial", "PJSIP/100");
                        return c.getVariable("X");
                    });
            assertEquals("EXEC Dial PJSIP/100", a.call().takeCommand(WAIT));
            // A gave its place up: B starts and holds it in a short command
            AgiTestServer.Run b = server.call(AgiCallScript.withClock(clockB)
                    .replyAfter(Duration.ofMinutes(1), "200 result=1 (b)"), (c, r) -> c.getVariable("HOLD"));
            assertEquals("GET VARIABLE HOLD", b.call().takeCommand(WAIT));
            AgiTestServer.Run c = server.call(AgiCallScript.create(), (ch, r) -> {
                ch.noop();
                return "c";
            });
            assertTrue(Conditions.await(() -> gate.waiting() == 1, WAIT), "C waits for a place");
            clockA.advance(Duration.ofMinutes(1));
            assertTrue(Conditions.await(() -> gate.resuming() == 1, WAIT), "A, back from Dial, waits for a place");

            clockB.advance(Duration.ofMinutes(1));
            assertEquals("b", b.result());
            assertEquals("GET VARIABLE X", a.call().takeCommand(WAIT), "B's place went to A");
            assertEquals(1, gate.waiting(), "C still waits");
            assertEquals(List.of(), c.call().commands());

            clockA.advance(Duration.ofMinutes(1));
            assertEquals("a", a.result());
            assertEquals("NOOP", c.call().takeCommand(WAIT));
            assertEquals("c", c.result());
        }
    }

    @Test
    void newSessionsStillTakeFreePlacesInTheOrderTheyCame() throws Exception {
        ManualClock clock = new ManualClock();
        try (AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).maxRunningScripts(1))) {
            Admission gate = server.server.admission();
            AgiTestServer.Run holder = server.call(AgiCallScript.withClock(clock)
                    .replyAfter(Duration.ofMinutes(1), "200 result=1 (h)"), (c, r) -> c.getVariable("HOLD"));
            assertEquals("GET VARIABLE HOLD", holder.call().takeCommand(WAIT));
            AgiTestServer.Run first = server.call(AgiCallScript.create(), (c, r) -> c.getVariable("FIRST"));
            assertTrue(Conditions.await(() -> gate.waiting() == 1, WAIT));
            AgiTestServer.Run second = server.call(AgiCallScript.create(), (c, r) -> c.getVariable("SECOND"));
            assertTrue(Conditions.await(() -> gate.waiting() == 2, WAIT));
            clock.advance(Duration.ofMinutes(1));
            assertEquals("h", holder.result());
            assertEquals("GET VARIABLE FIRST", first.call().takeCommand(WAIT));
            assertTrue(first.call().awaitEnd(WAIT));
            assertEquals("GET VARIABLE SECOND", second.call().takeCommand(WAIT));
            assertTrue(second.call().awaitEnd(WAIT));
        }
    }
}
