package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiResponse;
import dev.amiable.ConnectionListener;
import dev.amiable.Registration;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThreadingTest {

    @Test
    void sendAndGetInsideAListenerWorks() throws Exception {
        try (FakeAsterisk server = Servers.start(); AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            LinkedBlockingQueue<Object> result = new LinkedBlockingQueue<>();
            ami.addListener(e -> {
                if (e.name().equals("Trigger")) {
                    try {
                        AmiResponse r = ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS);
                        result.add(r);
                    } catch (Exception x) {
                        result.add(x);
                    }
                }
            });
            server.emit("Trigger", "Privilege", "user,all");
            Object r = result.poll(10, TimeUnit.SECONDS);
            assertTrue(r instanceof AmiResponse && ((AmiResponse) r).isSuccess(), String.valueOf(r));
        }
    }

    @Test
    void dependentStagesNeverRunOnTheReader() throws Exception {
        try (FakeAsterisk server = Servers.start(); AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            AmiResponse done = ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS);
            assertTrue(done.isSuccess());
            // stages added before and after completion, with the non-async methods
            var pending = ami.send(GenericAction.of("Ping"));
            var before = pending.thenApply(r -> Thread.currentThread().getName());
            var chained = before.thenApply(n -> n + "|" + Thread.currentThread().getName());
            var after = ami.send(GenericAction.of("Ping"));
            after.get(5, TimeUnit.SECONDS);
            var late = after.whenComplete((r, e) -> { }).thenApply(r -> Thread.currentThread().getName());
            for (String name : chained.get(5, TimeUnit.SECONDS).split("\\|")) {
                assertTrue(name.startsWith("amiable-responses-"), name);
            }
            assertTrue(late.get(5, TimeUnit.SECONDS).startsWith("amiable-responses-"));
            var list = ami.command("core show version").thenApply(o -> Thread.currentThread().getName());
            assertTrue(list.get(5, TimeUnit.SECONDS).startsWith("amiable-responses-"));
        }
    }

    @Test
    void stagesOfManyAnswersRunOnTheResponsesThreadInTheOrderTheAnswersCame() throws Exception {
        try (FakeAsterisk server = Servers.start(); AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            int n = 300;
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            Set<String> threads = ConcurrentHashMap.newKeySet();
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) { // pipelined: many answers arrive in one read
                int k = i;
                all.add(ami.send(GenericAction.of("Ping")).whenComplete((r, e) -> {
                    order.add(k);
                    threads.add(Thread.currentThread().getName());
                }));
            }
            CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]))
                    .get(10, TimeUnit.SECONDS);
            assertEquals(IntStream.range(0, n).boxed().collect(Collectors.toList()), order);
            assertEquals(1, threads.size(), threads.toString());
            assertTrue(threads.iterator().next().startsWith("amiable-responses-"), threads.toString());
        }
    }

    @Test
    void listenersRunOffTheReaderInWireOrderAndAThrowingOneIsSkipped() throws Exception {
        try (FakeAsterisk server = Servers.start(); AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            List<String> order = Collections.synchronizedList(new ArrayList<>());
            List<String> threads = Collections.synchronizedList(new ArrayList<>());
            LinkedBlockingQueue<Throwable> reported = new LinkedBlockingQueue<>();
            CountDownLatch done = new CountDownLatch(1);
            ami.addConnectionListener(new ConnectionListener() {
                @Override
                public void onListenerError(Throwable error, Object event) {
                    reported.add(error);
                }
            });
            ami.addListener(e -> {
                if (e.get("N") != null && e.getInt("N") % 10 == 0) {
                    throw new IllegalStateException("boom " + e.get("N"));
                }
            });
            ami.addListener(e -> {
                if (e.name().equals("Seq")) {
                    order.add(e.get("N"));
                    threads.add(Thread.currentThread().getName());
                    if (e.getInt("N") == 499) {
                        done.countDown();
                    }
                }
            });
            for (int i = 0; i < 500; i++) {
                server.emit("Seq", "Privilege", "user,all", "N", Integer.toString(i));
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 500; i++) {
                assertEquals(Integer.toString(i), order.get(i));
            }
            assertTrue(threads.stream().allMatch(t -> t.startsWith("amiable-dispatch-")), threads.get(0));
            assertEquals(50, ami.stats().listenerErrors());
            assertEquals("boom 0", reported.poll(5, TimeUnit.SECONDS).getMessage());
        }
    }

    @Test
    void aUserExecutorKeepsWireOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connect(Servers.options(server).eventExecutor(pool).build())) {
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(1);
            ami.addListener(e -> {
                if (e.name().equals("Seq")) {
                    order.add(e.getInt("N"));
                    if (e.getInt("N") == 2999) {
                        done.countDown();
                    }
                }
            });
            for (int i = 0; i < 3000; i++) {
                server.emit("Seq", "Privilege", "user,all", "N", Integer.toString(i));
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 3000; i++) {
                assertEquals(i, order.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSlowListenerFillsTheBoundedQueueDropsAreCountedAndActionsStillAnswer() throws Exception {
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connect(Servers.options(server).eventQueueCapacity(16)
                     .overflowPolicy(dev.amiable.OverflowPolicy.DROP_NEWEST).build())) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch firstSeen = new CountDownLatch(1);
            ami.addListener(e -> {
                if (e.name().equals("Slow")) {
                    firstSeen.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException x) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            try {
                for (int i = 0; i < 1000; i++) {
                    server.emit("Slow", "Privilege", "user,all", "N", Integer.toString(i));
                }
                assertTrue(firstSeen.await(5, TimeUnit.SECONDS));
                // responses never wait behind listeners
                assertTrue(ami.send(GenericAction.of("Ping")).get(2, TimeUnit.SECONDS).isSuccess());
                // the reader never blocks: everything beyond the queue (and the batch being delivered) is dropped
                var stats = ami.stats();
                assertEquals(16, stats.queueDepth());
                assertTrue(stats.eventsDropped() >= 1000 - 1 - 16 - 256, "dropped " + stats.eventsDropped());
                assertTrue(stats.eventsDropped() + stats.queueDepth() <= 999);
                assertEquals(1000 + 1, stats.eventsReceived(), "every event was read (and FullyBooted)");
                assertTrue(stats.oldestQueued().toNanos() > 0);
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void aClosedRegistrationStopsDelivery() throws Exception {
        try (FakeAsterisk server = Servers.start(); AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            LinkedBlockingQueue<AmiEvent> a = new LinkedBlockingQueue<>();
            LinkedBlockingQueue<AmiEvent> b = new LinkedBlockingQueue<>();
            Registration ra = ami.addListener(e -> {
                if (e.name().equals("X")) {
                    a.add(e);
                }
            });
            ami.addListener(e -> {
                if (e.name().equals("X") || e.name().equals("Y")) {
                    b.add(e);
                }
            });
            ra.close();
            server.emit("X", "Privilege", "user,all");
            server.emit("Y", "Privilege", "user,all");
            assertEquals("X", b.poll(5, TimeUnit.SECONDS).name());
            assertEquals("Y", b.poll(5, TimeUnit.SECONDS).name());
            assertTrue(a.isEmpty());
        }
    }

    @Test
    void closeLogsOffAndReleasesEveryThread() throws Exception {
        try (FakeAsterisk server = Servers.start()) {
            List<AmiClient> clients = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                clients.add(AmiClient.connect(Servers.options(server).build()));
            }
            for (AmiClient c : clients) {
                c.close();
            }
            int logoffs = 0;
            for (var a = server.takeAction(Servers.WAIT); a != null; a = server.takeAction(java.time.Duration.ofMillis(200))) {
                if (a.name().equals("Logoff")) {
                    logoffs++;
                }
            }
            assertEquals(5, logoffs);
            assertFalse(amiableThreadsAlive(), "threads left: " + amiableThreads());
        }
    }

    static boolean amiableThreadsAlive() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (amiableThreads().isEmpty()) {
                return false;
            }
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("amiable-")) {
                    t.join(100); // wait on the thread itself
                }
            }
        }
        return !amiableThreads().isEmpty();
    }

    static List<String> amiableThreads() {
        List<String> out = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("amiable-") && t.isAlive()) {
                out.add(t.getName());
            }
        }
        return out;
    }
}
