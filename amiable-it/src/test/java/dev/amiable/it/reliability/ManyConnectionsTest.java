package dev.amiable.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.ConnectionState;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One process, 50 clients to 50 servers: each gets its own events, pings are answered, all close cleanly. */
class ManyConnectionsTest {
    private static final int N = 50;
    private static final int EVENTS = 200;

    @Test
    void fiftyConnectionsRunSteadilyAndCloseWithoutLeaks() throws Exception {
        // warm-up: load every class and open every jar once, so the baseline is not counted low
        try (FakeAsterisk s = Rig.fast().sequenceNumbers(true).build().start();
             AmiClient c = AmiClient.connect(Rig.options(s).keepAlive(Duration.ofMillis(200), Duration.ofSeconds(3)).build())) {
            c.addListener(e -> { });
            s.emit("Tick", "Privilege", "user,all", "Server", "warm-up", "N", "0");
            c.send(dev.amiable.action.GenericAction.of("Ping")).get(5, TimeUnit.SECONDS);
        }
        Rig.await(() -> Rig.amiableThreads().isEmpty(), Rig.WAIT);
        int threadsBefore = Rig.amiableThreads().size();
        int fdsBefore = Rig.openFds();
        List<FakeAsterisk> servers = new ArrayList<>();
        List<AmiClient> clients = new ArrayList<>();
        List<AtomicLong> bad = new ArrayList<>();
        CountDownLatch allEvents = new CountDownLatch(N);
        try {
            for (int i = 0; i < N; i++) {
                FakeAsterisk s = Rig.fast().sequenceNumbers(true).build().start();
                servers.add(s);
                AmiClient c = AmiClient.connect(Rig.options(s).keepAlive(Duration.ofMillis(200), Duration.ofSeconds(3)).build());
                clients.add(c);
                String mine = "server-" + i;
                AtomicLong wrong = new AtomicLong();
                bad.add(wrong);
                long[] next = {0};
                c.addListener(e -> {
                    if (!e.name().equals("Tick")) {
                        return;
                    }
                    if (!mine.equals(e.get("Server")) || e.getInt("N") != next[0]) {
                        wrong.incrementAndGet();
                    }
                    next[0]++;
                    if (next[0] == EVENTS) {
                        allEvents.countDown();
                    }
                });
            }
            int threadsRunning = Rig.amiableThreads().size();
            for (int k = 0; k < EVENTS; k++) {
                for (int i = 0; i < N; i++) {
                    servers.get(i).emit("Tick", "Privilege", "user,all", "Server", "server-" + i, "N", Integer.toString(k));
                }
            }
            assertTrue(allEvents.await(30, TimeUnit.SECONDS), "every client got its " + EVENTS + " events");
            for (int i = 0; i < N; i++) {
                assertEquals(0, bad.get(i).get(), "client " + i + " got a foreign or out-of-order event");
            }
            // keep-alive: every server sees at least two Pings, every client stays connected
            for (int i = 0; i < N; i++) {
                int pings = 0;
                for (RecordedAction a = servers.get(i).takeAction(Rig.WAIT); a != null;
                     a = servers.get(i).takeAction(Rig.WAIT)) {
                    if (a.is("Ping") && ++pings == 2) {
                        break;
                    }
                }
                assertEquals(2, pings, "server " + i + " saw keep-alive Pings");
                assertEquals(ConnectionState.CONNECTED, clients.get(i).state(), "client " + i);
            }
            System.out.printf("[many] %d clients x %d events each, keep-alive every 200 ms answered; amiable-* threads "
                    + "%d while running%n", N, EVENTS, threadsRunning);
        } finally {
            clients.forEach(AmiClient::close);
            servers.forEach(FakeAsterisk::close);
        }
        for (AmiClient c : clients) {
            assertEquals(ConnectionState.CLOSED, c.state());
        }
        boolean threadsGone = Rig.await(() -> Rig.amiableThreads().size() <= threadsBefore, Rig.WAIT);
        boolean fdsBack = Rig.await(() -> Rig.openFds() <= fdsBefore + 2, Rig.WAIT);
        System.out.printf("[many] after close: amiable-* threads %d (before %d), open fds %d (before %d)%n",
                Rig.amiableThreads().size(), threadsBefore, Rig.openFds(), fdsBefore);
        assertTrue(threadsGone, "leaked: " + Rig.amiableThreads());
        assertTrue(fdsBack, "fds before " + fdsBefore + ", after " + Rig.openFds());
    }
}
