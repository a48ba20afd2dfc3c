package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.AmiStats;
import dev.amiable.action.AmiAction;
import dev.amiable.action.GenericAction;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 7: a slow consumer. {@link MiniAmi} sends capture events at a fixed rate (default
 * 10,000/s) while the only listener takes 1 ms per event (about 1,000/s). Prints, each second,
 * what {@code AmiClient.stats()} shows (received, delivered, dropped, queue depth, oldest queued)
 * and the heap in use; meanwhile a Ping is sent every 50 ms and its round trip is recorded. Shows
 * that the queue is bounded (capacity given, default 10,000 here), that overflow drops and counts
 * new events (with {@code OverflowPolicy.DROP_NEWEST}: the default, {@code BLOCK}, would slow the
 * writer instead), and that responses are not held up behind listeners.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.SlowConsumerMain [rate] [seconds] [capacity]}
 */
public final class SlowConsumerMain {
    private SlowConsumerMain() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int capacity = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        try (MiniAmi server = new MiniAmi(10);
             AmiClient client = AmiClient.connect(Clients.amiableOptions(server.port())
                     .eventQueueCapacity(capacity).overflowPolicy(dev.amiable.OverflowPolicy.DROP_NEWEST).build())) {
            client.addListener(e -> {
                long until = System.nanoTime() + 1_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // 1 ms of "work" per event, on the dispatcher thread
                }
            });
            AmiAction ping = new dev.amiable.action.PingAction();
            client.send(GenericAction.builder("Trickle").header("Rate", Integer.toString(rate))
                    .header("Seconds", Integer.toString(seconds)).build()).get(5, TimeUnit.SECONDS);
            long start = System.nanoTime();
            long[] pings = new long[seconds * 20 + 100];
            int np = 0;
            long maxHeap = 0;
            int maxDepth = 0;
            System.out.printf("%5s %10s %10s %10s %8s %10s %9s %10s%n", "t(s)", "received", "delivered", "dropped",
                    "depth", "oldest(ms)", "heap(MB)", "ping(ms)");
            long nextPrint = start + 1_000_000_000L;
            long pingMaxThisSecond = 0;
            while (System.nanoTime() - start < (seconds + 1) * 1_000_000_000L) {
                long t0 = System.nanoTime();
                client.send(ping).get(5, TimeUnit.SECONDS);
                long rt = System.nanoTime() - t0;
                if (np < pings.length) {
                    pings[np++] = rt;
                }
                pingMaxThisSecond = Math.max(pingMaxThisSecond, rt);
                long heap = mem.getHeapMemoryUsage().getUsed();
                maxHeap = Math.max(maxHeap, heap);
                AmiStats st = client.stats();
                maxDepth = Math.max(maxDepth, st.queueDepth());
                if (System.nanoTime() >= nextPrint) {
                    System.out.printf("%5.1f %10d %10d %10d %8d %10d %9.1f %10.2f%n",
                            (System.nanoTime() - start) / 1e9, st.eventsReceived(), st.eventsDelivered(),
                            st.eventsDropped(), st.queueDepth(), st.oldestQueued().toMillis(), heap / 1e6,
                            pingMaxThisSecond / 1e6);
                    nextPrint += 1_000_000_000L;
                    pingMaxThisSecond = 0;
                }
                Thread.sleep(50);
            }
            AmiStats st = client.stats();
            long[] s = Arrays.copyOf(pings, np);
            Arrays.sort(s);
            String note = rate + " events/s for " + seconds + " s, listener 1 ms/event, queue capacity " + capacity;
            Results.put("slow.received", st.eventsReceived(), "events", note);
            Results.put("slow.delivered", st.eventsDelivered(), "events", note);
            Results.put("slow.dropped", st.eventsDropped(), "events", note);
            Results.put("slow.maxQueueDepth", maxDepth, "events", note);
            Results.put("slow.maxHeapUsed", maxHeap / 1e6, "MB", note + " (heap sampled every 50 ms)");
            Results.put("slow.ping.p50", Results.percentile(s, 50) / 1e6, "ms", np + " pings while flooded");
            Results.put("slow.ping.p99", Results.percentile(s, 99) / 1e6, "ms", np + " pings while flooded");
            Results.put("slow.ping.max", s[s.length - 1] / 1e6, "ms", np + " pings while flooded");
        }
    }
}
