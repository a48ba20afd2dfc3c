package dev.amiable.bench;

import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.FakeAgiCall;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated Asterisk for {@link AgiBenchMain}: {@code sessions} calls at once, each answering
 * every command {@code 200 result=1}; by default all on one thread ({@link NioCallers}), with
 * {@code -Dagi.fakeCallers=true} testkit's FakeAgiCall on a thread each, virtual when the JVM has
 * them (else platform threads). At most {@value #CONNECTING} connections are being opened at a time, so
 * neither server's accept backlog decides the result; all sessions are still in flight together.
 */
final class AgiLoad {
    static final int CONNECTING = 64;
    static final boolean PLATFORM = Boolean.getBoolean("agi.platformCallers");
    /** FakeAgiCall on a thread per call instead of the lean {@link NioCallers}. */
    static final boolean FAKE = Boolean.getBoolean("agi.fakeCallers");

    private AgiLoad() {
    }

    /**
     * The callers in a process of their own, as Asterisk would be: {@code port sessions} on the
     * command line; prints the wall time in ns and exits.
     */
    public static void main(String[] args) throws Exception {
        Result r = run(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        System.out.println(r.wallNanos + " " + r.cpuNanos + " " + r.sessionP50 + " " + r.sessionP99);
    }

    /**
     * One round: wall time from the first connect to the last session's end, the callers' own
     * CPU time (their whole process when in a process of their own), and each session's time
     * from its connect to its end (p50, p99, in ns), which holds any wait before the server runs
     * its script.
     */
    static final class Result {
        final long wallNanos;
        final long cpuNanos;
        final long sessionP50;
        final long sessionP99;

        Result(long wallNanos, long cpuNanos, long sessionP50, long sessionP99) {
            this.wallNanos = wallNanos;
            this.cpuNanos = cpuNanos;
            this.sessionP50 = sessionP50;
            this.sessionP99 = sessionP99;
        }
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** {@link #run} in a child JVM started from the same class path and java executable. */
    static Result runInProcess(int port, int sessions) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xss256k", "-Dagi.platformCallers=" + PLATFORM, "-Dagi.fakeCallers=" + FAKE, "-cp",
                System.getProperty("java.class.path"), AgiLoad.class.getName(), String.valueOf(port),
                String.valueOf(sessions)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("caller process failed: " + out);
        }
        String[] lines = out.split("\\R");
        for (int i = 0; i < lines.length - 1; i++) {
            System.out.println(lines[i]);
        }
        String[] f = lines[lines.length - 1].trim().split(" ");
        return new Result(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
    }

    /** Runs {@code sessions} calls to {@code port}; returns the wall time in ns until all ended. */
    static Result run(int port, int sessions) throws Exception {
        if (!FAKE) {
            return NioCallers.run(port, sessions);
        }
        CountDownLatch done = new CountDownLatch(sessions);
        long[] times = new long[sessions];
        long cpu0 = processCpu();
        AtomicInteger failed = new AtomicInteger();
        FakeAgiCall[] calls = new FakeAgiCall[sessions];
        long start = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            FakeAgiCall call = FakeAgiCall.to("agi://127.0.0.1:" + port + "/bench?n=" + i, AgiCallScript.create().otherwise(command -> "200 result=1"));
            calls[i] = call;
            int n = i;
            startThread(() -> {
                long t0 = System.nanoTime();
                try {
                    call.run();
                    times[n] = System.nanoTime() - t0;
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            if (i >= CONNECTING) {
                calls[i - CONNECTING].awaitConnected(Duration.ofMinutes(1));
            }
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("calls did not end: " + done.getCount() + " left");
        }
        long wall = System.nanoTime() - start;
        long cpu = processCpu() - cpu0;
        if (failed.get() > 0) {
            System.out.println("  (" + failed.get() + " calls failed: connection refused or reset)");
        }
        Arrays.sort(times);
        return new Result(wall, cpu, times[sessions / 2], times[Math.min(sessions - 1, (int) (sessions * 0.99))]);
    }

    static void startThread(Runnable r) throws Exception {
        try {
            if (PLATFORM) {
                throw new NoSuchMethodException("platform callers asked for");
            }
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Method start = Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
            start.invoke(builder, r);
        } catch (NoSuchMethodException e) {
            Thread t = new Thread(r);
            t.setDaemon(true);
            t.start();
        }
    }
}
