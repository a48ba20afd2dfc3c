package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.action.AmiAction;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.action.PingAction;

/**
 * Benchmark 3b: Ping latency at a fixed rate (default 10,000/s) on one connection to
 * {@link MiniAmi}. Each action's latency is taken from its intended send time (so a stalled sender
 * does not hide delays: no coordinated omission) to the completion callback. Reports p50, p99,
 * p99.9 and max for Amiable and asterisk-java in the same JVM.
 *
 * <p>The two clients take turns in one-second windows (A B, then B A, and so on), both connected
 * and warmed up first, and each client's latencies are pooled over its windows. On a shared
 * machine a tail comes in bursts of a few milliseconds; turns spread those bursts over both
 * clients instead of giving one client a quiet run and the other a noisy one. Each window's p99
 * is printed as well, to show the spread, and the median of a client's window p99s is reported
 * beside its pooled p99: the p99 of a typical second, which a few noisy seconds do not move.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.LatencyMain [rate] [seconds] [warmupSeconds]}
 * (seconds measured per client).
 */
public final class LatencyMain {
    private static final int WINDOW_SECONDS = 1;

    private LatencyMain() {
    }

    interface Sender {
        void send(int index, long intended);
    }

    interface SenderFactory {
        Sender make(long[] latencies, CountDownLatch done);
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (MiniAmi server = new MiniAmi(10)) {
            AmiClient client = Clients.amiable(server.port());
            AmiAction ping = new dev.amiable.action.PingAction();
            SenderFactory amiable = (lat, done) -> (i, intended) ->
                    client.send(ping).whenComplete((r, e) -> {
                        lat[i] = System.nanoTime() - intended;
                        done.countDown();
                    });
            ManagerConnection aj = Clients.asteriskJava(server.port());
            SenderFactory asteriskJava = (lat, done) -> (i, intended) -> {
                try {
                    aj.sendAction(new PingAction(), r -> {
                        lat[i] = System.nanoTime() - intended;
                        done.countDown();
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            pace(rate, warmup, amiable);
            pace(rate, warmup, asteriskJava);
            int perWindow = rate * WINDOW_SECONDS;
            int windows = Math.max(1, seconds / WINDOW_SECONDS);
            long[] a = new long[perWindow * windows];
            long[] j = new long[perWindow * windows];
            long[] windowA = new long[windows];
            long[] windowJ = new long[windows];
            StringBuilder spread = new StringBuilder("window p99 (us), amiable / asteriskJava:");
            for (int w = 0; w < windows; w++) {
                long[] wa;
                long[] wj;
                if (w % 2 == 0) {
                    wa = pace(rate, WINDOW_SECONDS, amiable);
                    wj = pace(rate, WINDOW_SECONDS, asteriskJava);
                } else {
                    wj = pace(rate, WINDOW_SECONDS, asteriskJava);
                    wa = pace(rate, WINDOW_SECONDS, amiable);
                }
                System.arraycopy(wa, 0, a, w * perWindow, perWindow);
                System.arraycopy(wj, 0, j, w * perWindow, perWindow);
                windowA[w] = p99(wa);
                windowJ[w] = p99(wj);
                spread.append(String.format(" %.0f/%.0f", windowA[w] / 1000.0, windowJ[w] / 1000.0));
            }
            System.out.println(spread);
            String note = rate + "/s, " + windows + " windows of " + WINDOW_SECONDS + " s taken in turns, "
                    + a.length + " pings each";
            put("amiable", a, windowA, note);
            put("asteriskJava", j, windowJ, note);
            client.close();
            aj.logoff();
        }
    }

    private static long p99(long[] lat) {
        return Results.percentile(Results.sorted(lat, lat.length), 99);
    }

    private static void put(String side, long[] lat, long[] windowP99, String note) {
        long[] s = Results.sorted(lat, lat.length);
        Results.put("latency." + side + ".windowP99Median",
                Results.percentile(Results.sorted(windowP99, windowP99.length), 50) / 1000.0, "us",
                "median of the " + windowP99.length + " one-second windows' p99");
        Results.put("latency." + side + ".p50", Results.percentile(s, 50) / 1000.0, "us", note);
        Results.put("latency." + side + ".p99", Results.percentile(s, 99) / 1000.0, "us", note);
        Results.put("latency." + side + ".p99.9", Results.percentile(s, 99.9) / 1000.0, "us", note);
        Results.put("latency." + side + ".max", s[s.length - 1] / 1000.0, "us", note);
    }

    private static long[] pace(int rate, int seconds, SenderFactory f) throws Exception {
        int n = rate * seconds;
        long[] lat = new long[n];
        CountDownLatch done = new CountDownLatch(n);
        Sender sender = f.make(lat, done);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 1_000_000;
        for (int i = 0; i < n; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 20_000) {
                LockSupport.parkNanos(wait - 10_000);
            }
            while (System.nanoTime() < intended) {
                Thread.onSpinWait();
            }
            sender.send(i, intended);
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            System.err.println("latency: " + done.getCount() + " pings unanswered after 60 s");
        }
        return lat;
    }
}
