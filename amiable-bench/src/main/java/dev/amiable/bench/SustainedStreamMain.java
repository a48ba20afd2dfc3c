package dev.amiable.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.amiable.AmiClient;
import dev.amiable.AmiEventListener;
import dev.amiable.AmiOptions;
import dev.amiable.AmiStats;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Bytes;
import dev.amiable.live.LivePbx;
import dev.amiable.live.PbxSnapshot;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.manager.ManagerConnection;

/**
 * Benchmark 8: a sustained stream into a fresh JVM. {@link MiniAmi} writes the busy capture
 * (11,880 real Asterisk 22 events, about 475 B each) over and over, as fast as TCP takes it,
 * until {@code events} are sent; one client of the kind named reads them all. Unlike
 * {@code EndToEndBench} (bursts that fit in the event queue, a warmed JVM, a fixed heap) this runs
 * with the JVM's default heap and collector and the client's default options, so the cold start,
 * the JIT and the collector are part of the figure, and a queue that overflows shows as drops.
 *
 * <p>Prints one line: events per second for the first {@code cold} events (cold) and for the
 * rest (steady), events dropped (sent minus delivered), and CPU per event (the process's CPU
 * time, collector included, minus the in-process server thread's), then a {@code [threads]} line
 * placing the steady part's CPU per event: each Java thread of the client, and the rest (the
 * collector's and the JIT's threads, with the JIT's compilation time beside it). The kinds:
 * <ul>
 * <li>{@code amiable}: default {@link AmiOptions}; the listener reads {@code name()} and
 *     {@code get("Channel")};</li>
 * <li>{@code amiable-live}: the same client and listener with the live model
 *     ({@code LivePbx.attach}) on it, synced before the stream starts (MiniAmi answers its list
 *     actions with empty lists); the difference to {@code amiable} is the model's cost as users
 *     pay it. Also prints the last snapshot's channel count (0 after whole replays of the busy
 *     period) and whether the model is stale: a stale model, or any drop, makes the figure
 *     invalid, and the line says so;</li>
 * <li>{@code asterisk-java}: 3.41.0's {@code ManagerConnection}; the listener reads the event's
 *     class and {@code getPrivilege()};</li>
 * <li>{@code socket}: the ceiling issue 18 set its goal against, a bare {@code InputStream}
 *     read of the same bytes on one thread with a byte-at-a-time scan that finds every line end
 *     and every blank line (the frame boundaries);</li>
 * <li>{@code socket-lf}: the stricter ceiling, the same read counting the same boundaries with
 *     the codec's own word-at-a-time LF search ({@code Bytes.indexOfLf}).</li>
 * </ul>
 * Experiment: {@code -Dbench.readAheadBytes=N} sets {@code AmiOptions.readAheadBytes} (0: the
 * reader reads ahead up to the queue's capacity, as before pacing existed).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.SustainedStreamMain KIND [events] [cold]}
 * (defaults 2,000,000 and 300,000); {@code bench/sustained.sh} runs the kinds, each in a fresh JVM.
 */
public final class SustainedStreamMain {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SustainedStreamMain() {
    }

    /**
     * One point of the run: events seen, wall time, the client's CPU time so far, and the CPU time
     * of each Java thread by name (a trailing {@code -N} dropped, threads of one name summed), and
     * the JIT's total compilation time.
     */
    record Mark(long events, long nanos, long cpuNanos, Map<String, Long> threads, long jitMillis) {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "amiable";
        long events = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000;
        long cold = args.length > 2 ? Long.parseLong(args[2]) : 300_000;
        int times = (int) ((events + Capture.BUSY_EVENT_COUNT - 1) / Capture.BUSY_EVENT_COUNT);
        long sent = (long) times * Capture.BUSY_EVENT_COUNT;
        // amiable-live: CoreShowChannels answers no channels, like the other lists of the resync
        try (MiniAmi server = new MiniAmi(kind.equals("amiable-live") ? 0 : 10)) {
            Stream s = new Stream(server, cold);
            Mark[] marks = switch (kind) {
                case "amiable" -> s.amiable(times, sent, false);
                case "amiable-live" -> s.amiable(times, sent, true);
                case "asterisk-java" -> s.asteriskJava(times, sent);
                case "socket" -> s.socket(times, sent, false);
                case "socket-lf" -> s.socket(times, sent, true);
                default -> throw new IllegalArgumentException(
                        "kind: amiable, amiable-live, asterisk-java, socket or socket-lf");
            };
            report(kind, sent, cold, marks, s.dropped, s.delivered, s.liveNote);
        }
    }

    private static void report(String kind, long sent, long cold, Mark[] m, long dropped, long delivered, String note) {
        Mark start = m[0];
        Mark c = m[1];
        Mark end = m[2];
        double coldRate = (c.events - start.events) * 1e9 / (c.nanos - start.nanos);
        double steadyRate = (end.events - c.events) * 1e9 / Math.max(1, end.nanos - c.nanos);
        double coldCpu = (double) (c.cpuNanos - start.cpuNanos) / Math.max(1, c.events - start.events);
        double steadyCpu = (double) (end.cpuNanos - c.cpuNanos) / Math.max(1, end.events - c.events);
        String line = String.format(Locale.ROOT, "sustained %-13s sent %d  cold(first %d) %.0f ev/s %.0f ns-cpu/ev"
                + "  steady %.0f ev/s %.0f ns-cpu/ev  dropped %d  gc %s  delivered %d", kind, sent, cold, coldRate, coldCpu,
                steadyRate, steadyCpu, dropped, collector(), delivered) + note;
        System.out.println(line);
        System.out.println(threads(kind, c, end));
    }

    /**
     * The steady part's CPU per event by thread (the client's reader and dispatcher, ...), and the
     * rest, which no Java thread accounts for: the collector's and the JIT's threads.
     */
    private static String threads(String kind, Mark c, Mark end) {
        long n = Math.max(1, end.events - c.events);
        Map<String, Long> per = new TreeMap<>();
        long javaThreads = 0;
        for (Map.Entry<String, Long> e : end.threads.entrySet()) {
            if (e.getKey().startsWith("miniami-")) {
                continue;
            }
            long d = e.getValue() - c.threads.getOrDefault(e.getKey(), 0L);
            javaThreads += d;
            if (d / n > 0) {
                per.put(e.getKey(), d / n);
            }
        }
        StringBuilder b = new StringBuilder("[threads] " + kind + " steady ns-cpu/ev by thread:");
        per.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v));
        b.append("  jvm (collector, JIT) ").append((end.cpuNanos - c.cpuNanos - javaThreads) / n)
                .append(" (JIT compiling: ").append((end.jitMillis - c.jitMillis) * 1_000_000 / n).append(')');
        return b.toString();
    }

    private static String collector() {
        StringBuilder b = new StringBuilder();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            b.append(b.length() == 0 ? "" : "+").append(gc.getName().replace(' ', '_'));
        }
        return b.toString();
    }

    /** Runs one client against the server and takes the three marks. */
    static final class Stream {
        private final MiniAmi server;
        private final long cold;
        private final Counter counter = new Counter();
        private volatile Mark coldMark;
        /** Characters the listener read (kept so the reads are not optimised away). */
        long read;
        long dropped;
        long delivered;
        /** Appended to the line: the live model's end state (amiable-live), else empty. */
        String liveNote = "";
        /** Completed at the end of the batch in which the count reached {@link #target}. */
        private final CompletableFuture<Void> allCounted = new CompletableFuture<>();
        private long target = Long.MAX_VALUE;

        Stream(MiniAmi server, long cold) {
            this.server = server;
            this.cold = cold;
        }

        /**
         * CPU time of this process, without the server's writer thread (the only miniami-conn
         * thread), and of each Java thread by name.
         */
        private Mark mark(long events) {
            long nanos = System.nanoTime();
            Map<String, Long> threads = new HashMap<>();
            long serverCpu = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                long cpu = Math.max(0, THREADS.getThreadCpuTime(t.getId()));
                if (t.getName().equals("miniami-conn")) {
                    serverCpu += cpu;
                }
                threads.merge(t.getName().replaceFirst("-\\d+$", ""), cpu, Long::sum);
            }
            return new Mark(events, nanos, OS.getProcessCpuTime() - serverCpu, threads,
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        }

        /** Counts one event; takes the cold mark on the event that ends the cold part (listener thread). */
        private void hit() {
            counter.hit();
            if (counter.get() == cold) {
                coldMark = mark(cold);
            }
        }

        /** Waits for every event sent, or until none arrives for 5 s; the rest are counted as dropped. */
        private Mark[] finish(Mark start, long sent) throws InterruptedException {
            if (!counter.awaitAtLeast(sent, 600_000)) {
                counter.awaitQuiet(5_000, 60_000);
            }
            Mark end = mark(counter.get());
            // asterisk-java makes a few events of its own (bridge compatibility): more than were sent
            dropped = Math.max(0, sent - counter.get());
            delivered = counter.get();
            Mark c = coldMark != null ? coldMark : end;
            return new Mark[] {start, c, end};
        }

        /**
         * The listener of both Amiable kinds: reads {@code name()} and {@code get("Channel")} and
         * counts. Registered after the live model's, so at the end of a batch the model has
         * folded and published every event counted.
         */
        private final class Counting implements AmiEventListener<AmiEvent> {
            @Override
            public void onEvent(AmiEvent e) {
                String name = e.name();
                String channel = e.get("Channel");
                read += name.length() + (channel == null ? 0 : channel.length());
                hit();
            }

            @Override
            public void onBatchEnd() {
                if (counter.get() >= target) {
                    allCounted.complete(null);
                }
            }
        }

        /** {@code amiable}, or with {@code live} {@code amiable-live}: the same client with the live model on it. */
        Mark[] amiable(int times, long sent, boolean live) throws Exception {
            AmiOptions.Builder b = AmiOptions.builder().host("127.0.0.1").port(server.port())
                    .username("bench").secret("bench"); // every other option at its default
            Integer readAhead = Integer.getInteger("bench.readAheadBytes"); // an experiment, when set
            if (readAhead != null) {
                b.readAheadBytes(readAhead);
            }
            AmiOptions options = b.build();
            try (AmiClient client = AmiClient.connect(options);
                 LivePbx pbx = live ? LivePbx.attach(client) : null) {
                if (pbx != null) {
                    awaitSynced(pbx);
                }
                target = sent;
                client.addListener(new Counting());
                Mark start = mark(0);
                client.send(GenericAction.builder("Burst").header("Times", Integer.toString(times)).build());
                Mark[] m = finish(start, sent);
                AmiStats st = client.stats();
                dropped = Math.max(dropped, st.eventsDropped());
                System.out.println((live ? "[amiable-live] " : "[amiable] ") + st);
                if (pbx != null) {
                    liveNote = liveEnd(pbx);
                }
                return m;
            }
        }

        /** Waits for the first resync, failing clearly when it does not finish. */
        private static void awaitSynced(LivePbx pbx) throws Exception {
            PbxSnapshot s;
            try {
                s = pbx.synced().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("amiable-live: the live model did not sync within 30 s"
                        + " (did MiniAmi answer every list action of the resync?)", e);
            }
            if (!s.unavailable().isEmpty() || s.stale()) {
                throw new IllegalStateException("amiable-live: synced with parts unavailable " + s.unavailable()
                        + " or stale (" + s.stale() + "): MiniAmi's list answers are not what the model expects");
            }
        }

        /**
         * The model's end state, once the batch of the last event counted has been published: its
         * channels (0 after whole replays), whether it is stale, and whether the figure holds.
         */
        private String liveEnd(LivePbx pbx) throws Exception {
            boolean flushed = true;
            if (dropped == 0) {
                try {
                    allCounted.get(30, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    flushed = false;
                }
            }
            PbxSnapshot s = pbx.snapshot();
            boolean valid = dropped == 0 && flushed && !s.stale();
            return String.format(Locale.ROOT, "  live: channels %d stale %s folded %d%s", s.channels().size(),
                    s.stale(), s.eventCount(), valid ? "  figure valid"
                            : "  FIGURE NOT VALID: " + (dropped > 0 || s.stale()
                            ? "the client dropped events (the model went stale), so the model did not fold them all"
                            : "the last batch was not published within 30 s"));
        }

        Mark[] asteriskJava(int times, long sent) throws Exception {
            ManagerConnection c = Clients.asteriskJava(server.port());
            try {
                c.addEventListener(e -> {
                    String name = e.getClass().getSimpleName();
                    String privilege = e.getPrivilege();
                    read += name.length() + (privilege == null ? 0 : privilege.length());
                    hit();
                });
                Mark start = mark(0);
                Clients.AjBurstAction burst = new Clients.AjBurstAction();
                burst.setTimes(times);
                c.sendAction(burst, null);
                return finish(start, sent);
            } finally {
                c.logoff();
            }
        }

        Mark[] socket(int times, long sent, boolean lfSearch) throws Exception {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                Mark start = mark(0);
                out.write(("Action: Burst\r\nActionID: s\r\nTimes: " + times + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                byte[] buf = new byte[64 * 1024];
                long frames = 0;
                long lines = 0;
                boolean lineEmpty = true;
                long expect = sent + 1; // the banner's line ends no frame; the response is one frame
                while (frames < expect) {
                    int n = in.read(buf);
                    if (n < 0) {
                        break;
                    }
                    if (!lfSearch) {
                        for (int i = 0; i < n; i++) {
                            byte b = buf[i];
                            if (b == '\n') {
                                lines++;
                                if (lineEmpty) {
                                    frames++;
                                    if (frames - 1 == cold) {
                                        coldMark = mark(cold);
                                    }
                                }
                                lineEmpty = true;
                            } else if (b != '\r') {
                                lineEmpty = false;
                            }
                        }
                        continue;
                    }
                    int p = 0;
                    while (true) {
                        int lf = Bytes.indexOfLf(buf, p, n);
                        if (lf < 0) {
                            lineEmpty &= onlyCr(buf, p, n);
                            break;
                        }
                        lines++;
                        if (lineEmpty && onlyCr(buf, p, lf)) {
                            frames++;
                            if (frames - 1 == cold) {
                                coldMark = mark(cold);
                            }
                        }
                        lineEmpty = true;
                        p = lf + 1;
                    }
                }
                Mark end = mark(Math.max(0, frames - 1));
                dropped = Math.max(0, sent - (frames - 1));
                delivered = frames - 1;
                if (lines == 0) {
                    throw new IllegalStateException("nothing read");
                }
                return new Mark[] {start, coldMark != null ? coldMark : end, end};
            }
        }
    }

    /** Whether {@code b[from, to)} holds nothing but CRs (the rest of a blank line). */
    private static boolean onlyCr(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
