package dev.amiable.bench;

import dev.amiable.agi.AgiServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.command.NoopCommand;

/**
 * FastAGI servers side by side: Amiable's {@link AgiServer} and asterisk-java's
 * {@code DefaultAgiServer}, in one JVM, each serving {@code sessions} simulated calls at once
 * ({@link AgiLoad}), each call's script running {@code commands} commands (NOOP, GET VARIABLE,
 * SET VARIABLE in turn). Reports, per server:
 * <ul>
 * <li>command round trip p50 and p99, timed inside the script around each command (a wait
 *     before the script starts is not in it);</li>
 * <li>session time p50 and p99, timed by the caller from its connect to the server's close: it
 *     holds every wait, admission included;</li>
 * <li>sessions per second: sessions divided by the wall time from the first connect to the last
 *     session's end;</li>
 * <li>CPU per session of the server's process and of the callers' process over the measured
 *     round: the fair figure when both share the machine's cores, and the bound it sets
 *     (printed last) on the sessions/s ratio any server could reach here;</li>
 * <li>allocation per session: bytes the server's JVM allocated over the measured round (all
 *     threads, virtual ones counted on their carriers), divided by the sessions; with the callers
 *     in a process of their own this is the server's work alone;</li>
 * <li>memory per session: with every session parked half-way through its script, the growth of
 *     the heap (after GC) and of the process's resident memory over the idle baseline, divided by
 *     the sessions (platform thread stacks show in resident memory only). With
 *     {@code -Dagi.maxRunning} this is measured on a second Amiable server without the bound,
 *     since parking every session half-way needs them all running.</li>
 * </ul>
 * asterisk-java's pool is raised to {@code sessions} core threads: its defaults (10 core, 500 at
 * most, no queue) refuse every session beyond 500 at once. {@code -Dagi.maxRunning=K} runs
 * Amiable with {@code maxRunningScripts(K)}; {@code -Dagi.platformThreads=true} on platform
 * threads. The callers run in a child JVM, as Asterisk is another process
 * ({@code -Dagi.inProcessCallers=true}: in this one); by default all on one NIO selector thread
 * ({@link NioCallers}), {@code -Dagi.fakeCallers=true}: testkit's FakeAgiCall, one thread each
 * ({@code -Dagi.platformCallers=true}: platform threads). Usage:
 * {@code java -cp benchmarks.jar dev.amiable.bench.AgiBenchMain [sessions] [commands] [warmupSessions]}.
 */
public final class AgiBenchMain {
    /** Amiable's {@code maxRunningScripts} ({@code -Dagi.maxRunning}, 0 for none). */
    static final int MAX_RUNNING = Integer.getInteger("agi.maxRunning", 0);

    private AgiBenchMain() {
    }

    /** What one server's script does: time its commands, and maybe park half-way. */
    static final class Recorder {
        final long[] latencies;
        final AtomicInteger next = new AtomicInteger();
        final int commands;
        volatile CountDownLatch arrived;
        volatile CountDownLatch release;

        Recorder(int sessions, int commands) {
            this.latencies = new long[sessions * commands];
            this.commands = commands;
        }

        void record(long nanos) {
            int i = next.getAndIncrement();
            if (i < latencies.length) {
                latencies[i] = nanos;
            }
        }

        void halfway(int k) throws InterruptedException {
            CountDownLatch a = arrived;
            if (a != null && k == commands / 2) {
                a.countDown();
                release.await();
            }
        }
    }

    interface Server extends AutoCloseable {
        int port();

        @Override
        void close();
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        boolean virtual = !Boolean.getBoolean("agi.platformThreads");
        boolean separate = !Boolean.getBoolean("agi.inProcessCallers");
        System.out.printf("AGI: %d concurrent sessions x %d commands, Java %s, %d CPUs, amiable on %s threads%s,"
                + " callers on %s in %s%n", sessions, commands, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), virtual ? "virtual" : "platform",
                MAX_RUNNING > 0 ? " (maxRunningScripts " + MAX_RUNNING + ")" : "",
                AgiLoad.FAKE ? "FakeAgiCall on " + (AgiLoad.PLATFORM ? "platform" : "virtual") + " threads" : "one NIO selector thread", separate ? "a process of their own" : "this JVM");
        String[] names = {"amiable", "asterisk-java"};
        double[][] results = new double[2][];
        int[] order = Boolean.getBoolean("agi.asteriskJavaFirst") ? new int[] {1, 0} : new int[] {0, 1};
        for (int s : order) {
            Recorder rec = new Recorder(Math.max(sessions, warmup), commands);
            try (Server server = s == 0 ? amiable(rec, virtual, sessions, MAX_RUNNING) : asteriskJava(rec, sessions)) {
                load(server.port(), warmup, separate);
                load(server.port(), warmup, separate);
                rec.next.set(0);
                long cpu0 = AgiLoad.processCpu();
                long alloc0 = allocatedBytes();
                AgiLoad.Result run = load(server.port(), sessions, separate);
                long serverCpu = AgiLoad.processCpu() - cpu0 - (separate ? 0 : run.cpuNanos);
                double allocPerSession = (allocatedBytes() - alloc0) / (double) sessions;
                long[] lat = Arrays.copyOf(rec.latencies, Math.min(rec.next.get(), rec.latencies.length));
                Arrays.sort(lat);
                double perSecond = sessions / (run.wallNanos / 1e9);
                double[] mem;
                if (s == 0 && MAX_RUNNING > 0) {
                    // parking every session half-way needs them all running: measure without the bound
                    try (Server unbounded = amiable(rec, virtual, sessions, 0)) {
                        load(unbounded.port(), warmup, separate);
                        mem = memory(unbounded, rec, sessions, separate);
                    }
                } else {
                    mem = memory(server, rec, sessions, separate);
                }
                results[s] = new double[] {pct(lat, 0.50) / 1e3, pct(lat, 0.99) / 1e3, perSecond, mem[0], mem[1],
                    serverCpu / 1e3 / sessions, run.cpuNanos / 1e3 / sessions, run.sessionP50 / 1e6, run.sessionP99 / 1e6, allocPerSession};
                System.out.printf("%-14s round trip p50 %8.1f us  p99 %8.1f us  (%d commands)  %6.0f sessions/s"
                        + "  session p50 %7.1f ms  p99 %7.1f ms  CPU/session server %6.0f us  callers %6.0f us"
                        + "  alloc %6.1f KB/session  heap parked %6.1f KB/session  RSS %6.0f B/session%n", names[s],
                        results[s][0], results[s][1], lat.length, perSecond, results[s][7], results[s][8], results[s][5],
                        results[s][6], allocPerSession / 1024, mem[0] / 1024, mem[1]);
            }
        }
        System.out.printf("ratio amiable/asterisk-java: sessions/s %.2fx; p99 %.2fx lower; server CPU/session %.2fx;"
                + " alloc %.2fx; heap %.2fx; RSS %.2fx%n", results[0][2] / results[1][2], results[1][1] / results[0][1],
                results[0][5] / results[1][5], results[0][9] / results[1][9], results[0][3] / results[1][3],
                results[0][4] / results[1][4]);
        int cores = Runtime.getRuntime().availableProcessors();
        double ceiling = cores * 1e6 / (results[0][6] + results[0][5]);
        double needed = cores * 1e6 / (5 * results[1][2]) - results[0][6];
        System.out.printf("CPU ceiling with the callers on the same %d cores: amiable <= %d cores / (callers + server"
                + " CPU per session) = %.0f sessions/s; 5x asterisk-java's rate needs server CPU <= %.0f us/session"
                + " (%.1f us/command), the callers alone use %.1f us/command%n", cores, cores, ceiling, needed,
                needed / commands, results[0][6] / commands);
    }

    private static AgiLoad.Result load(int port, int sessions, boolean separate) throws Exception {
        return separate ? AgiLoad.runInProcess(port, sessions) : AgiLoad.run(port, sessions);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** Parks every session half-way and measures heap and RSS growth per session. */
    private static double[] memory(Server server, Recorder rec, int sessions, boolean separate) throws Exception {
        long heap0 = heapAfterGc();
        long rss0 = rss();
        rec.release = new CountDownLatch(1);
        rec.arrived = new CountDownLatch(sessions);
        Thread load = new Thread(() -> {
            try {
                load(server.port(), sessions, separate);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        load.start();
        rec.arrived.await();
        long heap1 = heapAfterGc();
        long rss1 = rss();
        rec.arrived = null;
        rec.release.countDown();
        load.join();
        return new double[] {(heap1 - heap0) / (double) sessions, (rss1 - rss0) / (double) sessions};
    }

    /**
     * Bytes allocated by every thread of this JVM so far: {@code getTotalThreadAllocatedBytes}
     * (Java 21+, virtual threads included through their carriers), else the sum over live threads.
     */
    static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        try {
            return (long) com.sun.management.ThreadMXBean.class.getMethod("getTotalThreadAllocatedBytes").invoke(bean);
        } catch (ReflectiveOperationException | RuntimeException e) {
            long sum = 0;
            long[] each = ((com.sun.management.ThreadMXBean) bean).getThreadAllocatedBytes(bean.getAllThreadIds());
            for (long b : each) {
                sum += Math.max(0, b);
            }
            return sum;
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return 0;
    }

    private static Server amiable(Recorder rec, boolean virtual, int sessions, int maxRunning) {
        AgiServer.Builder builder = AgiServer.builder().port(0).virtualThreads(virtual).poolSize(sessions + 100);
        if (maxRunning > 0) {
            builder.maxRunningScripts(maxRunning);
        }
        AgiServer server = builder.route("*", (channel, request) -> {
            for (int k = 0; k < rec.commands; k++) {
                long t0 = System.nanoTime();
                switch (k % 3) {
                    case 0:
                        channel.noop();
                        break;
                    case 1:
                        channel.getVariable("CALLERID(num)");
                        break;
                    default:
                        channel.setVariable("STEP", "step " + k);
                }
                rec.record(System.nanoTime() - t0);
                rec.halfway(k);
            }
        }).build().start();
        return new Server() {
            public int port() {
                return server.port();
            }

            public void close() {
                server.close();
            }
        };
    }

    private static Server asteriskJava(Recorder rec, int sessions) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        DefaultAgiServer server = new DefaultAgiServer((org.asteriskjava.fastagi.AgiScript) (request, channel) -> {
            try {
                for (int k = 0; k < rec.commands; k++) {
                    long t0 = System.nanoTime();
                    switch (k % 3) {
                        case 0:
                            channel.sendCommand(new NoopCommand());
                            break;
                        case 1:
                            channel.getVariable("CALLERID(num)");
                            break;
                        default:
                            channel.setVariable("STEP", "step " + k);
                    }
                    rec.record(System.nanoTime() - t0);
                    rec.halfway(k);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setPort(port);
        server.setPoolSize(sessions);
        server.setMaximumPoolSize(sessions + 100);
        Thread t = new Thread(() -> {
            try {
                server.startup();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "asterisk-java-agi");
        t.setDaemon(true);
        t.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(10);
            }
        }
        return new Server() {
            public int port() {
                return port;
            }

            public void close() {
                server.shutdown();
            }
        };
    }
}
