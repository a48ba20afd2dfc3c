package dev.amiable.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.ConnectionState;
import dev.amiable.ReconnectPolicy;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.AmiSession;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Backoff that grows and caps, and a client that survives many reconnects without leaking. */
class ReconnectBackoffTest {

    @Test
    void baseDelayGrowsGeometricallyAndCaps() {
        ReconnectPolicy p = new ReconnectPolicy(true, Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.2, 0);
        long[] expected = {100, 200, 400, 800, 1600, 2000, 2000, 2000};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], p.baseDelay(i + 1).toMillis(), "attempt " + (i + 1));
        }
        assertEquals(2000, p.baseDelay(10_000).toMillis(), "no overflow for huge attempt numbers");
        assertEquals(100, p.baseDelay(0).toMillis(), "attempt 0 treated as the first");
    }

    @Test
    void jitterStaysWithinItsShareAndUnderTheCap() {
        ReconnectPolicy p = new ReconnectPolicy(true, Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.2, 0);
        for (int attempt = 1; attempt <= 12; attempt++) {
            long base = p.baseDelay(attempt).toMillis();
            assertEquals(Math.round(base * 0.8), p.delay(attempt, 0.0).toMillis(), 1, "r=0 takes the whole share off");
            assertEquals(base, p.delay(attempt, 0.5).toMillis(), 1);
            for (double r = 0; r < 1; r += 0.01) {
                long d = p.delay(attempt, r).toMillis();
                assertTrue(d >= base * 0.8 - 1 && d <= Math.min(2000, base * 1.2 + 1), attempt + "/" + r + " -> " + d);
            }
        }
        ReconnectPolicy none = p.withJitter(0);
        assertEquals(400, none.delay(3, 0.99).toMillis());
        ReconnectPolicy full = p.withJitter(1);
        assertTrue(full.delay(1, 0.0).toMillis() >= 0, "never negative");
        assertEquals(ReconnectPolicy.DEFAULT.initialDelay(), Duration.ofMillis(500));
        assertEquals(ReconnectPolicy.DEFAULT.maxDelay(), Duration.ofSeconds(30));
    }

    /**
     * A loopback peer that plays Asterisk for the first connection (banner, accepts the Login)
     * and then, once that connection is dropped, accepts and at once closes every attempt,
     * recording when each came.
     */
    @Test
    void attemptsAgainstADownServerAreSpacedIncreasinglyUpToTheCap() throws Exception {
        List<Long> attempts = new ArrayList<>();
        CountDownLatch enough = new CountDownLatch(7);
        LinkedBlockingQueue<Socket> first = new LinkedBlockingQueue<>();
        try (ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> {
                try {
                    Socket s = ss.accept();
                    OutputStream out = s.getOutputStream();
                    out.write("Asterisk Call Manager/11.0.0\r\n".getBytes(StandardCharsets.US_ASCII));
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    String id = null;
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        if (line.regionMatches(true, 0, "ActionID:", 0, 9)) {
                            id = line.substring(9).trim();
                        }
                    }
                    out.write(("Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    first.add(s);
                    while (enough.getCount() > 0) {
                        Socket c = ss.accept();
                        synchronized (attempts) {
                            attempts.add(System.nanoTime());
                        }
                        c.close();
                        enough.countDown();
                    }
                } catch (Exception ignored) {
                    // socket closed at the end of the test
                }
            }, "backoff-peer");
            peer.setDaemon(true);
            peer.start();
            ReconnectPolicy policy = new ReconnectPolicy(true, Duration.ofMillis(40), Duration.ofMillis(320), 2.0, 0, 0);
            try (AmiClient ami = AmiClient.connect(Rig.options(ss.getLocalPort()).reconnect(policy).build())) {
                first.poll(10, TimeUnit.SECONDS).close();
                assertTrue(enough.await(20, TimeUnit.SECONDS), "seven attempts within 20 s");
                assertEquals(ConnectionState.RECONNECTING, ami.state());
            }
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < attempts.size(); i++) {
            gaps.add((attempts.get(i) - attempts.get(i - 1)) / 1_000_000);
        }
        System.out.println("[reconnect] gaps between attempts (ms), policy 40 ms x2 up to 320 ms: " + gaps);
        long[] base = {80, 160, 320, 320, 320, 320};
        for (int i = 0; i < base.length; i++) {
            long g = gaps.get(i);
            // never early (the policy's delay is a floor), and the cap holds; generous slack for a busy machine
            assertTrue(g >= base[i] - 5 && g <= base[i] + 500, "gap " + (i + 1) + " = " + g + " ms, expected about "
                    + base[i] + ": " + gaps);
        }
        assertTrue(gaps.get(2) >= 315 && gaps.get(5) <= 820, "grew from 80 to the 320 ms cap and stayed there: " + gaps);
    }

    @Test
    void aThousandReconnectsLeakNoThreadsOrSocketsAndLoseNoListener() throws Exception {
        int cycles = Integer.getInteger("reliability.reconnectCycles", 1000);
        ReconnectPolicy fast = new ReconnectPolicy(true, Duration.ofMillis(1), Duration.ofMillis(5), 2.0, 0, 0);
        try (FakeAsterisk server = Rig.fast().build().start();
             AmiClient ami = AmiClient.connect(Rig.options(server).reconnect(fast).build())) {
            Rig.States states = new Rig.States();
            ami.addConnectionListener(states);
            LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
            ami.addListener(e -> {
                if (e.name().equals("UserEvent")) {
                    events.add(e);
                }
            });
            int warmup = 20;
            long t0 = 0;
            int threadsBefore = 0;
            int fdsBefore = 0;
            for (int i = 0; i < warmup + cycles; i++) {
                if (i == warmup) {
                    threadsBefore = Rig.amiableThreads().size();
                    fdsBefore = Rig.openFds();
                    t0 = System.nanoTime();
                }
                for (AmiSession s : server.sessions()) {
                    s.close();
                }
                states.await(ConnectionState.RECONNECTING, Rig.WAIT);
                states.await(ConnectionState.CONNECTED, Rig.WAIT);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            int tb = threadsBefore;
            int fb = fdsBefore;
            boolean threadsSettled = Rig.await(() -> Rig.amiableThreads().size() <= tb, Rig.WAIT);
            boolean fdsSettled = Rig.await(() -> Rig.openFds() <= fb + 2, Rig.WAIT);
            int threadsAfter = Rig.amiableThreads().size();
            int fdsAfter = Rig.openFds();
            System.out.printf("[reconnect] %d cycles in %d ms; amiable-* threads %d -> %d; open fds %d -> %d%n",
                    cycles, ms, threadsBefore, threadsAfter, fdsBefore, fdsAfter);
            assertTrue(threadsSettled, "amiable threads before " + threadsBefore + ", after " + Rig.amiableThreads());
            assertTrue(fdsSettled, "open fds before " + fdsBefore + ", after " + fdsAfter);
            assertEquals(warmup + cycles, ami.stats().reconnects());

            server.emit("UserEvent", "Privilege", "user,all", "UserEvent", "still-listening");
            AmiEvent e = events.poll(10, TimeUnit.SECONDS);
            assertTrue(e != null && "still-listening".equals(e.get("UserEvent")), "listener kept: " + e);
            assertTrue(ami.send(GenericAction.builder("Ping").actionId("last").build()).get(5, TimeUnit.SECONDS).isSuccess());
            long logins = 0;
            long others = 0;
            for (RecordedAction a = server.takeAction(Duration.ofSeconds(2)); a != null && !"last".equals(a.actionId());
                 a = server.takeAction(Duration.ofSeconds(2))) {
                if (a.is("Login")) {
                    logins++;
                } else {
                    others++;
                }
            }
            assertEquals(1 + warmup + cycles, logins, "one Login per session");
            assertEquals(0, others, "nothing else sent, nothing re-sent");
        }
    }
}
