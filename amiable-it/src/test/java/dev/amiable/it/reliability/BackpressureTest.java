package dev.amiable.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiStats;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.OverflowEpisode;
import dev.amiable.action.GenericAction;
import dev.amiable.testkit.FakeAsterisk;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The default overflow policy, {@code BLOCK}, against a FakeAsterisk flood: a slow listener slows
 * the server through TCP and loses nothing; a stuck one costs drops that are counted and reported
 * once per episode, and the connection stays up either way.
 *
 * <p>The queue is made small (1,000 events, against 65,536 by default) so that a flood of
 * 100,000 events overruns it within a second instead of a minute. Keep-alive is made short (every
 * 100 ms, 200 ms to answer) so that it fires many times while the reader waits for room: it must
 * not take the late Pongs for a dead server. The policy is the default, {@code BLOCK}; the stuck
 * listener meets its default bound (50 ms). The slow listener's test raises the bound to 1 s: on a
 * build machine with tens of runnable threads per core the dispatcher thread itself can go
 * unscheduled for more than 50 ms, which no policy can tell from a stuck listener.
 */
@Timeout(60)
class BackpressureTest {
    private static final int CAPACITY = 1000;
    private static final int FLOOD = 100_000;
    /** Events the listener takes 1 ms each for; then it is fast, so the test takes seconds. */
    private static final int SLOW = 2000;

    /** {@code count} events of about 470 bytes (ChanVariables like a real busy period), numbered from {@code from}. */
    static byte[] events(int from, int count) {
        StringBuilder b = new StringBuilder(count * 480);
        for (int i = from; i < from + count; i++) {
            b.append("Event: VarSet\r\nPrivilege: dialplan,all\r\nChannel: PJSIP/100-").append(i % 1000)
                    .append("\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: 100\r\nCallerIDName: Alice\r\n")
                    .append("ConnectedLineNum: 200\r\nConnectedLineName: Bob\r\nLanguage: en\r\nAccountCode: \r\n")
                    .append("Context: from-internal\r\nExten: 200\r\nPriority: 3\r\nUniqueid: 1733300000.").append(i)
                    .append("\r\nLinkedid: 1733300000.1\r\nChanVariable: CDR(dst)=200\r\nChanVariable: QUEUE=support\r\n")
                    .append("Variable: BRIDGEPEER\r\nValue: PJSIP/200-00000002\r\nN: ").append(i).append("\r\n\r\n");
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes events {@code [from, to)} in chunks on a thread of its own; TCP slows it down. */
    static Thread flood(FakeAsterisk server, int from, int to) {
        Thread t = new Thread(() -> {
            for (int i = from; i < to; i += 1000) {
                server.emitRaw(events(i, Math.min(1000, to - i)));
            }
        }, "flood");
        t.start();
        return t;
    }

    /** Counts WARNING lines of the connection's logger that report drops. */
    static final class DropLog extends Handler {
        final AtomicInteger lines = new AtomicInteger();

        @Override
        public void publish(LogRecord r) {
            if (r.getLevel() == Level.WARNING && r.getMessage().contains("dropped")) {
                lines.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aOneMillisecondListenerSlowsTheServerAndLosesNothing() throws Exception {
        Rig.States states = new Rig.States();
        List<OverflowEpisode> episodes = new CopyOnWriteArrayList<>();
        try (FakeAsterisk server = Rig.fast().build().start();
             AmiClient ami = AmiClient.connect(Rig.options(server).eventQueueCapacity(CAPACITY)
                     .maxBlock(Duration.ofSeconds(1))
                     .keepAlive(Duration.ofMillis(100), Duration.ofMillis(200)).build())) {
            ami.addConnectionListener(states);
            ami.addConnectionListener(new ConnectionListener() {
                @Override
                public void onOverflow(OverflowEpisode e) {
                    episodes.add(e);
                }
            });
            int[] next = {0};
            int[] maxDepth = {0};
            List<String> outOfOrder = new ArrayList<>();
            CountDownLatch halfwaySlow = new CountDownLatch(1);
            CountDownLatch all = new CountDownLatch(1);
            ami.addListener(e -> {
                if (!e.name().equals("VarSet")) {
                    return;
                }
                int n = e.getInt("N");
                if (n != next[0] && outOfOrder.size() < 5) {
                    outOfOrder.add("expected " + next[0] + ", got " + n);
                }
                next[0] = n + 1;
                maxDepth[0] = Math.max(maxDepth[0], ami.stats().queueDepth());
                if (n < SLOW) {
                    LockSupport.parkNanos(1_000_000);
                }
                if (n == SLOW / 2) {
                    halfwaySlow.countDown();
                }
                if (n == FLOOD - 1) {
                    all.countDown();
                }
            });
            Thread writer = flood(server, 0, FLOOD);
            assertTrue(halfwaySlow.await(20, TimeUnit.SECONDS));
            // sent from this thread while the reader waits for room; its Pong is behind events in TCP
            CompletableFuture<Boolean> pong = CompletableFuture.supplyAsync(
                    () -> ami.send(GenericAction.of("Ping")).join().isSuccess());
            assertTrue(pong.get(20, TimeUnit.SECONDS), "the Ping is answered");
            assertTrue(all.await(30, TimeUnit.SECONDS), "every event delivered: " + ami.stats());
            writer.join(10_000);

            AmiStats s = ami.stats();
            assertEquals(0, s.eventsDropped(), s.toString());
            assertEquals(List.of(), outOfOrder, "wire order kept");
            assertTrue(maxDepth[0] <= CAPACITY, "memory bounded by the queue: at most " + maxDepth[0] + " waiting");
            assertTrue(s.readerBlocked().toMillis() > 0, "the server was slowed down: " + s);
            assertEquals(List.of(), episodes);
            assertEquals(ConnectionState.CONNECTED, ami.state());
            assertTrue(states.changes.stream().allMatch(c -> c.state() == ConnectionState.CONNECTED),
                    "keep-alive did not tear the connection down: " + states.changes);
            System.out.printf("[backpressure] %d events, first %d at 1 ms each: 0 dropped, reader waited %d ms, "
                    + "max depth %d%n", FLOOD, SLOW, s.readerBlocked().toMillis(), maxDepth[0]);
        }
    }

    @Test
    void aListenerStuckLongerThanTheBoundCostsDropsReportedOnceAndTheConnectionStays() throws Exception {
        Logger log = Logger.getLogger("dev.amiable.connection");
        DropLog lines = new DropLog();
        log.addHandler(lines);
        Rig.States states = new Rig.States();
        List<OverflowEpisode> episodes = new CopyOnWriteArrayList<>();
        int flood = 5000;
        try (FakeAsterisk server = Rig.fast().build().start();
             AmiClient ami = AmiClient.connect(Rig.options(server).eventQueueCapacity(100).build())) {
            ami.addConnectionListener(states);
            ami.addConnectionListener(new ConnectionListener() {
                @Override
                public void onOverflow(OverflowEpisode e) {
                    episodes.add(e);
                }
            });
            CountDownLatch stuck = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch marker = new CountDownLatch(1);
            List<Integer> seen = new CopyOnWriteArrayList<>();
            ami.addListener(e -> {
                if (!e.name().equals("VarSet")) {
                    return;
                }
                int n = e.getInt("N");
                seen.add(n);
                if (n == 0) {
                    stuck.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS); // far longer than the 50 ms bound
                    } catch (InterruptedException x) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (n == flood) {
                    marker.countDown();
                }
            });
            server.emitRaw(events(0, 1));
            assertTrue(stuck.await(10, TimeUnit.SECONDS));
            flood(server, 1, flood).join(20_000);
            assertTrue(Rig.await(() -> ami.stats().eventsReceived() >= flood + 1, Rig.WAIT),
                    "the reader read on, dropping: " + ami.stats());
            assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess(),
                    "actions are answered while the listener is stuck");
            release.countDown();
            assertTrue(Rig.await(() -> ami.stats().queueDepth() == 0, Rig.WAIT));
            server.emitRaw(events(flood, 1)); // a read that fits whole ends the episode
            assertTrue(marker.await(10, TimeUnit.SECONDS), "events flow again");

            AmiStats s = ami.stats();
            assertTrue(s.eventsDropped() >= flood - 100 - 256, "most of the flood dropped and counted: " + s);
            assertEquals(1, s.overflowEpisodes(), s.toString());
            assertTrue(Rig.await(() -> episodes.size() == 1, Rig.WAIT), "reported once: " + episodes);
            assertEquals(s.eventsDropped(), episodes.get(0).dropped(), "the episode counts every drop");
            assertEquals(1, lines.lines.get(), "one WARNING line for the episode");
            assertEquals(flood + 1, seen.size() + s.eventsDropped(), "every event delivered or counted");
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) > seen.get(i - 1), "order kept around the gap");
            }
            assertEquals(ConnectionState.CONNECTED, ami.state());
            assertTrue(states.changes.stream().allMatch(c -> c.state() == ConnectionState.CONNECTED),
                    "the connection stayed up: " + states.changes);
        } finally {
            log.removeHandler(lines);
        }
    }
}
