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
 * p99.9 and max after a warm-up, for Amiable and asterisk-java in the same JVM, one after the other.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.LatencyMain [rate] [seconds] [warmupSeconds]}
 */
public final class LatencyMain {
    private LatencyMain() {
    }

    interface Sender {
        void send(int index, long intended);
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (MiniAmi server = new MiniAmi(10)) {
            AmiClient client = Clients.amiable(server.port());
            AmiAction ping = new dev.amiable.action.PingAction();
            run("amiable", rate, seconds, warmup, (lat, done) -> (i, intended) ->
                    client.send(ping).whenComplete((r, e) -> {
                        lat[i] = System.nanoTime() - intended;
                        done.countDown();
                    }));
            client.close();

            ManagerConnection aj = Clients.asteriskJava(server.port());
            run("asteriskJava", rate, seconds, warmup, (lat, done) -> (i, intended) -> {
                try {
                    aj.sendAction(new PingAction(), r -> {
                        lat[i] = System.nanoTime() - intended;
                        done.countDown();
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            aj.logoff();
        }
    }

    interface SenderFactory {
        Sender make(long[] latencies, CountDownLatch done);
    }

    private static void run(String side, int rate, int seconds, int warmup, SenderFactory f) throws Exception {
        // warm-up at the same rate, then the measured run
        pace(rate, warmup, f);
        long[] lat = pace(rate, seconds, f);
        long[] s = Results.sorted(lat, lat.length);
        String note = rate + "/s for " + seconds + " s, " + lat.length + " pings";
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
