package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.FakeAgiCall;
import dev.amiable.testkit.agi.ManualClock;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Routing, long commands, threads and graceful shutdown. */
class ServerLifecycleTest {
    private static final Duration WAIT = AgiTestServer.WAIT;

    @Test
    void theApiContractAsWritten() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        AgiServer server = AgiServer.builder().port(0)
                .route("/ivr/*", (AgiChannel channel, AgiRequest request) -> {
                    request.path(); request.param("lang"); request.args();
                    request.uniqueid(); request.channelName();
                    channel.answer();
                    String v = channel.getVariable("CALLERID(num)");
                    channel.setVariable("RESULT", "ok " + request.args());
                    channel.exec("Wait", "1");
                    channel.hangup();
                    seen.complete(request.path() + " " + request.param("lang") + " " + v);
                })
                .build();
        server.start();
        try {
            FakeAgiCall call = FakeAgiCall.to("agi://127.0.0.1:" + server.port() + "/ivr/main?lang=en",
                    AgiCallScript.create().reply("200 result=0").reply("200 result=1 (100)")).start();
            assertEquals("/ivr/main en 100", seen.get(10, TimeUnit.SECONDS));
            assertTrue(call.awaitEnd(WAIT));
            assertEquals(List.of("ANSWER", "GET VARIABLE CALLERID(num)", "SET VARIABLE RESULT \"ok []\"", "EXEC Wait 1",
                    "HANGUP"), call.commands());
        } finally {
            server.close();
        }
        assertEventuallyRefused(server.port()); // a probe may race the close; only "still accepting" fails
    }

    @Test
    void routesByPathFirstMatchWins() throws Exception {
        CompletableFuture<String> a = new CompletableFuture<>();
        CompletableFuture<String> b = new CompletableFuture<>();
        CompletableFuture<String> c = new CompletableFuture<>();
        AgiServer server = AgiServer.builder().port(0)
                .route("/ivr/sales", (ch, r) -> a.complete(r.path()))
                .route("/ivr/*", (ch, r) -> b.complete(r.path()))
                .route("/q?eue", (ch, r) -> c.complete(r.path()))
                .build().start();
        try {
            String base = "agi://127.0.0.1:" + server.port();
            FakeAgiCall.to(base + "/ivr/sales", AgiCallScript.create()).start();
            FakeAgiCall.to(base + "/ivr/support/tier2?x=1", AgiCallScript.create()).start();
            FakeAgiCall.to(base + "/queue", AgiCallScript.create()).start();
            FakeAgiCall none = FakeAgiCall.to(base + "/nothing/here", AgiCallScript.create()).start();
            assertEquals("/ivr/sales", a.get(10, TimeUnit.SECONDS));
            assertEquals("/ivr/support/tier2", b.get(10, TimeUnit.SECONDS));
            assertEquals("/queue", c.get(10, TimeUnit.SECONDS));
            assertTrue(none.awaitEnd(WAIT), "an unrouted request is closed");
            assertEquals(List.of(), none.commands());
        } finally {
            server.close();
        }
    }

    @Test
    void aTwoHourDialOnASimulatedClockKeepsItsSession() throws Exception {
        ManualClock clock = new ManualClock();
        try (AgiTestServer server = new AgiTestServer()) {
            AgiCallScript script = AgiCallScript.withClock(clock)
                    .replyAfter(Duration.ofHours(2), "200 result=0").reply("200 result=1 (ANSWER)");
            AgiTestServer.Run run = server.call(script, (c, r) -> {
                c.exec("Dial", "PJSIP/200", "", "tT");
                return c.getVariable("DIALSTATUS");
            });
            assertEquals("EXEC Dial PJSIP/200,,tT", run.call().takeCommand(WAIT));
            clock.advance(Duration.ofMinutes(119));
            assertFalse(run.outcome().isDone(), "still dialling after 1 h 59 min");
            assertFalse(run.call().ended(), "no timeout closed the connection");
            clock.advance(Duration.ofMinutes(1));
            assertEquals("ANSWER", run.result());
            assertEquals(List.of("EXEC Dial PJSIP/200,,tT", "GET VARIABLE DIALSTATUS"), run.call().commands());
        }
    }

    @Test
    void closeLetsRunningScriptsFinish() throws Exception {
        ManualClock clock = new ManualClock();
        AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).shutdownTimeout(Duration.ofSeconds(30)));
        AgiTestServer.Run run = server.call(AgiCallScript.withClock(clock).replyAfter(Duration.ofMinutes(1), "200 result=0"),
                (c, r) -> {
                    c.streamFile("goodbye", "");
                    return "finished";
                });
        assertEquals("STREAM FILE goodbye \"\" 0", run.call().takeCommand(WAIT));
        CountDownLatch closed = new CountDownLatch(1);
        Thread closer = new Thread(() -> {
            server.close();
            closed.countDown();
        });
        closer.start();
        assertEventuallyRefused(server.server.port());
        assertEquals(1, closed.getCount(), "close waits for the running script");
        // a probe that raced the close may have been accepted and ended; the running script is still there
        assertFalse(run.outcome().isDone(), "the running script is not cut short");
        clock.advance(Duration.ofMinutes(1));
        assertEquals("finished", run.result());
        assertTrue(closed.await(10, TimeUnit.SECONDS));
        assertTrue(run.call().awaitEnd(WAIT));
    }

    @Test
    void atTheDeadlineCloseHangsUpWhatIsLeft() throws Exception {
        ManualClock clock = new ManualClock();
        AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).shutdownTimeout(Duration.ofMillis(200)));
        AgiTestServer.Run[] runs = new AgiTestServer.Run[3];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = server.call(AgiCallScript.withClock(clock).replyAfter(Duration.ofHours(1), "200 result=0"),
                    (c, r) -> c.exec("Dial", "PJSIP/200"));
            assertEquals("EXEC Dial PJSIP/200", runs[i].call().takeCommand(WAIT));
        }
        server.close();             // returns after the deadline and the hangups
        assertEquals(0, server.server.activeSessions());
        for (AgiTestServer.Run run : runs) {
            ExecutionException e = assertThrows(ExecutionException.class, run::result);
            assertInstanceOf(AgiHangupException.class, e.getCause());
            assertTrue(run.call().commands().size() == 1);
        }
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void sessionsRunOnAPoolWhenVirtualThreadsAreOff() throws Exception {
        try (AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).virtualThreads(false).poolSize(2))) {
            assertFalse(server.server.usesVirtualThreads());
            AgiTestServer.Run run = server.call(AgiCallScript.create(), (c, r) -> Thread.currentThread().getName());
            assertTrue(((String) run.result()).startsWith("amiable-agi-"), String.valueOf(run.result()));
        }
        try (AgiTestServer server = new AgiTestServer()) {
            boolean hasVirtual = Runtime.version().feature() >= 21;
            assertEquals(hasVirtual, server.server.usesVirtualThreads());
            AgiTestServer.Run run = server.call(AgiCallScript.create(), (c, r) -> isVirtual(Thread.currentThread()));
            assertEquals(hasVirtual, run.result());
        }
    }

    private static boolean isVirtual(Thread t) {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(t);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Waits until connecting is refused (the server stopped accepting). */
    private static void assertEventuallyRefused(int port) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                Thread.onSpinWait();
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("still accepting");
    }
}
