package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultTest {
    @RegisterExtension
    final FakeAsteriskExtension ami = new FakeAsteriskExtension();

    @Test
    void closeAfterBannerAppliesToNewConnectionsUntilCleared(FakeAsterisk server) throws Exception {
        server.fault(Fault.closeAfterBanner());
        try (RawClient c = new RawClient(server)) {
            assertEquals("Asterisk Call Manager/11.0.0", c.readLine());
            assertTrue(c.atEof());
        }
        server.clearFaults();
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Ping");
            assertEquals("Response: Success", c.readMessage().get(0));
        }
    }

    @Test
    void onNextConnectionHitsOnlyOneConnection(FakeAsterisk server) throws Exception {
        server.fault(Fault.closeAfterBanner().onNextConnection());
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            assertTrue(c.atEof());
        }
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Ping");
            assertEquals("Response: Success", c.readMessage().get(0));
        }
    }

    @Test
    void closeMidMessageCutsTheNextMessage(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            server.fault(Fault.closeMidMessage());
            server.emitRaw("0123456789".getBytes(StandardCharsets.US_ASCII));
            assertEquals("01234", c.readLine());
        }
    }

    @Test
    void garbageIsWrittenAsIs(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            server.fault(Fault.garbage("no colon here\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            assertEquals(List.of("no colon here"), c.readMessage());
        }
    }

    @Test
    void garbageOnNextConnectionFollowsTheBanner(FakeAsterisk server) throws Exception {
        server.fault(Fault.garbage("\u00ff\u00fe\r\n".getBytes(StandardCharsets.ISO_8859_1)).onNextConnection());
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            assertEquals("\ufffd\ufffd", c.readLine());
        }
    }

    @Test
    void stallHoldsRepliesUntilCleared(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            server.fault(Fault.stall());
            server.emit("Hangup"); // dropped: a stalled server writes nothing
            c.send("Action", "Ping", "ActionID", "held");
            c.timeout(200);
            assertFalse(c.atEof()); // nothing arrives, socket still open
            c.timeout(5000);
            server.clearFaults();
            assertEquals("ActionID: held", c.readMessage().get(1));
        }
    }

    @Test
    void noResponseRecordsButNeverAnswers(FakeAsterisk server) throws Exception {
        server.fault(Fault.noResponse("Ping"));
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Ping", "ActionID", "lost");
            c.send("Action", "Events", "ActionID", "next", "EventMask", "off");
            assertEquals("ActionID: next", c.readMessage().get(1));
            server.takeAction(Duration.ofSeconds(5));
            assertEquals("lost", server.takeAction(Duration.ofSeconds(5)).actionId());
        }
    }

    @Test
    void delayResponseDelaysThatActionOnly(FakeAsterisk server) throws Exception {
        server.fault(Fault.delayResponse("Ping", Duration.ofMillis(50)));
        try (RawClient c = new RawClient(server).login("off")) {
            long t0 = System.nanoTime();
            c.send("Action", "Ping");
            c.readMessage();
            assertTrue(System.nanoTime() - t0 >= 50_000_000L);
        }
    }

    @Test
    void dropListCompletionLeavesTheListOpen(FakeAsterisk server) throws Exception {
        server.respond("QueueSummary", ListReply.of("Queue summary", "QueueSummaryComplete",
                Message.event("QueueSummary", "Queue", "q")));
        server.fault(Fault.dropListCompletion("QueueSummary"));
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "QueueSummary", "ActionID", "l");
            c.readMessage();
            assertEquals("Event: QueueSummary", c.readMessage().get(0));
            c.send("Action", "Ping", "ActionID", "p");
            assertEquals("Response: Success", c.readMessage().get(0)); // not the Complete event
        }
    }

    @Test
    void closeAfterAnswersNActionsThenCloses(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            server.fault(Fault.closeAfter(2));
            c.send("Action", "Ping");
            c.send("Action", "Ping");
            assertNotNull(c.readMessage());
            assertNotNull(c.readMessage());
            assertTrue(c.atEof());
        }
    }

    @Test
    void slowWriterStillDeliversEverything(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            server.fault(Fault.slowWriter(2000));
            c.send("Action", "Ping", "ActionID", "slow");
            assertEquals("ActionID: slow", c.readMessage().get(1));
        }
    }

    @Test
    void shutdownSendsTheEventThenEof(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("system")) {
            c.readMessage(); // FullyBooted
            server.fault(Fault.shutdown());
            assertEquals(List.of("Event: Shutdown", "Privilege: system,all", "Shutdown: Cleanly", "Restart: True"),
                    c.readMessage());
            assertTrue(c.atEof());
        }
        try (RawClient c = new RawClient(server)) { // still listening: it was a restart
            assertEquals("Asterisk Call Manager/11.0.0", c.readLine());
        }
    }

    @Test
    void shutdownWithoutRestartStopsListening(FakeAsterisk server) throws Exception {
        int port = server.port();
        server.fault(Fault.shutdown(false));
        try (Socket s = new Socket("127.0.0.1", port)) {
            throw new AssertionError("connected after shutdown");
        } catch (ConnectException expected) {
            // refused
        }
    }

    @Test
    void restartDropsSessionsAndListensAgainOnTheSamePort(FakeAsterisk server) throws Exception {
        int port = server.port();
        try (RawClient c = new RawClient(server).login("off")) {
            server.fault(Fault.restart());
            assertTrue(c.atEof());
        }
        assertEquals(port, server.port());
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Ping");
            assertEquals("Response: Success", c.readMessage().get(0));
        }
    }
}
