package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleTest {

    @Test
    void closeReleasesTakersClosesClientsAndLeavesNoThreads() throws Exception {
        FakeAsterisk server = FakeAsterisk.create().start();
        RawClient c = new RawClient(server).login("off");
        CompletableFuture<RecordedAction> taker = CompletableFuture.supplyAsync(() -> {
            try {
                server.takeAction(Duration.ofSeconds(30)); // the Login
                return server.takeAction(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        server.close();
        assertNull(taker.get(5, TimeUnit.SECONDS));
        assertTrue(c.atEof());
        c.close();
        boolean leaked = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("fake-asterisk-") && t.isAlive());
        assertFalse(leaked);
    }

    @Test
    void awaitAuthenticatedWaitsForTheLoginToTakeEffect() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start(); RawClient c = new RawClient(server)) {
            assertFalse(server.awaitAuthenticated(1, Duration.ofMillis(20)));
            c.readLine();
            c.send("Action", "Login", "Username", "admin", "Secret", "amp111", "Events", "call");
            assertTrue(server.awaitAuthenticated(1, Duration.ofSeconds(5)));
            server.emit("Hangup", "Privilege", "call,all");
            c.readMessage(); // the login response
            assertEquals("Event: Hangup", c.readMessage().get(0));
        }
    }

    @Test
    void manyClientsAtOnceHaveTheirOwnSessions() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start();
             RawClient a = new RawClient(server).login("off");
             RawClient b = new RawClient(server).login("off")) {
            assertEquals(2, server.sessions().size());
            b.send("Action", "Ping", "ActionID", "b");
            assertEquals("ActionID: b", b.readMessage().get(1));
            a.send("Action", "Ping", "ActionID", "a");
            assertEquals("ActionID: a", a.readMessage().get(1));
        }
    }

    @Test
    void replaySendsACaptureAsIs(@TempDir Path dir) throws Exception {
        String capture = "Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nActionID: 1\r\n\r\n"
                + "Event: Hangup\r\nChannel: X\r\n\r\n";
        Path file = dir.resolve("c.txt");
        Files.write(file, capture.getBytes(StandardCharsets.UTF_8));
        try (FakeAsterisk server = FakeAsterisk.builder().amiVersion("1.1").build().start()) {
            server.replay(file, Duration.ofMillis(1));
            try (RawClient c = new RawClient(server)) {
                assertEquals(capture, c.readBytes(capture.length()));
                c.send("Action", "Ping");
                assertEquals("Ping", server.takeAction(Duration.ofSeconds(5)).name());
            }
            try (RawClient c = new RawClient(server)) {
                assertEquals("Asterisk Call Manager/1.1", c.readLine()); // only the next connection replays
            }
        }
    }

    @Test
    void replayAtRecordedPaceWaitsAsTheTimestampsSay() throws Exception {
        String capture = "Asterisk Call Manager/11.0.0\r\n"
                + "Event: A\r\nTimestamp: 1795349769.000000\r\n\r\n"
                + "Event: B\r\nTimestamp: 1795349769.200000\r\n\r\n"
                + "Event: C\r\nTimestamp: 1795349769.400000\r\n\r\n";
        try (FakeAsterisk server = FakeAsterisk.builder().build().start()) {
            server.replayAtRecordedPace(capture.getBytes(StandardCharsets.UTF_8), 2.0);
            try (RawClient c = new RawClient(server)) {
                assertEquals("Asterisk Call Manager/11.0.0", c.readLine());
                assertEquals("Event: A", c.readMessage().get(0));
                long t0 = System.nanoTime();
                assertEquals("Event: B", c.readMessage().get(0));
                assertEquals("Event: C", c.readMessage().get(0));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                // 0.4 s of recorded time at twice the speed: C cannot arrive sooner than 0.2 s after A
                org.junit.jupiter.api.Assertions.assertTrue(ms >= 190, "C came " + ms + " ms after A");
            }
        }
    }
}
