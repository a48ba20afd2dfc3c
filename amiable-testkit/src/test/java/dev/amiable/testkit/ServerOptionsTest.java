package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The session log, Shutdown on close, and the checks on user classes. */
class ServerOptionsTest {

    @Test
    void theLogHasOneLinePerSessionLoginFailureAndAction() throws Exception {
        LinkedBlockingQueue<String> log = new LinkedBlockingQueue<>();
        try (FakeAsterisk server = FakeAsterisk.builder().failedLoginDelay(Duration.ZERO).log(log::add).build().start()) {
            try (RawClient c = new RawClient(server).login(null)) {
                c.send("Action", "Ping", "ActionID", "p1");
                c.readUntil("ActionID: p1");
            }
            try (RawClient c = new RawClient(server)) {
                c.readLine();
                c.send("Action", "Login", "Username", "admin", "Secret", "wrong");
                c.readMessage();
            }
            List<String> want = List.of("session 1 opened from 127.0.0.1:", "session 1 action Login",
                    "session 1 logged in as admin", "session 1 action Ping ActionID=p1", "session 1 closed",
                    "session 2 opened from", "session 2 action Login", "session 2 failed login as admin: wrong secret",
                    "session 2 closed");
            List<String> got = new java.util.ArrayList<>();
            for (int i = 0; i < want.size(); i++) {
                String line = log.poll(5, TimeUnit.SECONDS);
                assertTrue(line != null && line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} session .*"), line);
                got.add(line);
            }
            // each session's lines in order (the two sessions' lines may interleave)
            got.sort(java.util.Comparator.comparing(l -> l.substring(13, 22)));
            for (int i = 0; i < want.size(); i++) {
                assertTrue(got.get(i).contains(want.get(i)), want.get(i) + " vs " + got);
            }
        }
    }

    @Test
    void closeSendsShutdownBeforeTheSocketCloses() throws Exception {
        FakeAsterisk server = FakeAsterisk.builder().build().start();
        try (RawClient c = new RawClient(server).login("system")) {
            c.readMessage(); // FullyBooted
            server.close();
            assertEquals(List.of("Event: Shutdown", "Privilege: system,all", "Shutdown: Cleanly", "Restart: False"),
                    c.readMessage());
            assertTrue(c.atEof());
        }
    }

    @Test
    void userClassesMustBeAsterisks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FakeAsterisk.builder().user("u", "s", "call,agnet", "all"));
        assertTrue(e.getMessage().contains("'agnet'"), e.getMessage());
    }
}
