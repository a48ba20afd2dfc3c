package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.AgiEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arguments, escaping, hangups and failing scripts, over real sockets to simulated channels. */
class ScriptBehaviourTest {
    private static AgiTestServer server;

    @BeforeAll
    static void start() {
        server = new AgiTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void requestCarriesQueryArgumentsAndTypedEnvironment() throws Exception {
        AgiEnvironment env = AgiEnvironment.create().channel("PJSIP/alice-0000002a").uniqueid("1795349769.42")
                .args("first", "two words", "").set("callerid", "unknown").set("priority", "3");
        AgiTestServer.Run run = server.call(AgiCallScript.create(), env, "&lang=fr&name=J%C3%BCrgen+M", (c, r) -> r);
        AgiRequest r = (AgiRequest) run.result();
        assertEquals("/t/case", r.path());
        assertEquals("fr", r.param("lang"));
        assertEquals("Jürgen M", r.param("name"));
        assertNull(r.param("absent"));
        assertEquals(List.of("first", "two words", ""), r.args());
        assertEquals("PJSIP/alice-0000002a", r.channelName());
        assertEquals("1795349769.42", r.uniqueid());
        assertNull(r.callerId(), "'unknown' caller id reads as null");
        assertEquals("Alice", r.callerIdName());
        assertEquals(3, r.priority());
        assertEquals("22.10.1", r.version());
        assertEquals("PJSIP", r.type());
        assertFalse(r.enhanced());
        assertEquals("yes", r.get("agi_network"));
        assertFalse(r.toString().contains("lang"), "toString leaves the query out");
    }

    @Test
    void valuesWithQuotesSpacesAndBackslashesArriveAsOneArgument() throws Exception {
        String[] values = {"two words", "say \"hi\"", "back\\slash", "", "tab\there", "trailing\\", "ünïcödé €"};
        AgiCallScript script = AgiCallScript.create();
        AgiTestServer.Run run = server.call(script, (c, r) -> {
            for (String v : values) {
                c.setVariable("V", v);
            }
            return "done";
        });
        assertEquals("done", run.result());
        List<String> lines = run.call().commands();
        for (int i = 0; i < values.length; i++) {
            assertEquals(List.of("SET", "VARIABLE", "V", values[i]), AsteriskArgs.split(lines.get(i)), lines.get(i));
        }
    }

    @Test
    void lineBreaksAreRefusedBeforeSendingAndTheSessionGoesOn() throws Exception {
        AgiTestServer.Run run = server.call(AgiCallScript.create().reply("200 result=1 (fine)"), (c, r) -> {
            for (String bad : new String[] {"a\nSET VARIABLE X pwned", "a\rb", "nul\0"}) {
                assertThrows(AgiArgumentException.class, () -> c.setVariable("V", bad));
            }
            assertThrows(AgiArgumentException.class, () -> c.exec("Dial", "PJSIP/1\nHANGUP"));
            return c.getVariable("OK");
        });
        assertEquals("fine", run.result());
        assertEquals(List.of("GET VARIABLE OK"), run.call().commands(), "nothing else reached the channel");
    }

    @Test
    void hangupLineMidScriptIsOneTypedException() throws Exception {
        AgiCallScript script = AgiCallScript.create().reply("200 result=0").hangup().reply("200 result=-1 endpos=0");
        AgiTestServer.Run run = server.call(script, (c, r) -> {
            c.answer();
            AgiHangupException e = assertThrows(AgiHangupException.class, () -> c.streamFile("welcome", ""));
            assertThrows(AgiHangupException.class, c::noop, "later commands fail at once");
            return e.getMessage();
        });
        assertNotNull(run.result());
        assertEquals(List.of("ANSWER", "STREAM FILE welcome \"\" 0"), run.call().commands());
        assertTrue(run.call().awaitEnd(AgiTestServer.WAIT));
    }

    @Test
    void callerHangsUpWhileTheScriptWaitsInACommand() throws Exception {
        ManualClockHolder clock = new ManualClockHolder();
        AgiCallScript script = AgiCallScript.withClock(clock.clock).replyAfter(java.time.Duration.ofMinutes(5), "200 result=0");
        CompletableFuture<Throwable> seen = new CompletableFuture<>();
        AgiTestServer.Run run = server.call(script, (c, r) -> {
            try {
                c.exec("Dial", "PJSIP/200");
                return "completed";
            } catch (AgiHangupException e) {
                seen.complete(e);
                throw e;
            }
        });
        assertEquals("EXEC Dial PJSIP/200", run.call().takeCommand(AgiTestServer.WAIT));
        run.call().hangupNow();              // HANGUP before the reply, as Asterisk does
        clock.clock.advance(java.time.Duration.ofMinutes(5));
        assertInstanceOf(AgiHangupException.class, seen.get(10, TimeUnit.SECONDS));
        ExecutionException e = assertThrows(ExecutionException.class, run::result);
        assertInstanceOf(AgiHangupException.class, e.getCause());
        assertTrue(run.call().awaitEnd(AgiTestServer.WAIT));
    }

    @Test
    void code511IsTheSameHangupException() throws Exception {
        AgiCallScript script = AgiCallScript.create().reply(AgiCallScript.DEAD);
        AgiTestServer.Run run = server.call(script, (c, r) -> {
            c.answer();
            return "no";
        });
        ExecutionException e = assertThrows(ExecutionException.class, run::result);
        assertInstanceOf(AgiHangupException.class, e.getCause());
    }

    @Test
    void aThrowingScriptEndsTheSessionWithALogLineHoldingNoSecret() throws Exception {
        AgiTestServer.Run run = server.call(AgiCallScript.create(), AgiEnvironment.create(),
                "&token=s3cr3t-in-query", (c, r) -> {
                    c.answer();
                    throw new IllegalStateException("db password hunter2 rejected");
                });
        assertThrows(ExecutionException.class, run::result);
        assertTrue(run.call().awaitEnd(AgiTestServer.WAIT), "the session is closed");
        assertEquals(List.of("ANSWER"), run.call().commands());
        CapturingLoggerFinder.Entry entry;
        do {
            entry = CapturingLoggerFinder.ENTRIES.poll(10, TimeUnit.SECONDS);
            assertNotNull(entry, "the failure was logged");
        } while (!entry.message().contains("failed on"));
        String line = entry.message();
        assertEquals("dev.amiable.agi", entry.logger());
        assertTrue(line.contains("IllegalStateException") && line.contains("/t/case"), line);
        assertFalse(line.contains("hunter2") || line.contains("s3cr3t") || line.contains("token"), line);
        assertNull(entry.thrown(), "no stack trace carrying the exception's message");
        // the server still serves
        assertEquals("ok", server.call(AgiCallScript.create(), (c, r) -> "ok").result());
    }

    /** Holds a clock for the tests above. */
    private static final class ManualClockHolder {
        final dev.amiable.testkit.agi.ManualClock clock = new dev.amiable.testkit.agi.ManualClock();
    }
}
