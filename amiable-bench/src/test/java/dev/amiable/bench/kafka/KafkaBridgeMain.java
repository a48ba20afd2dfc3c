package dev.amiable.bench.kafka;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import dev.amiable.bench.Capture;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import dev.amiable.kafka.BridgeFormat;
import dev.amiable.kafka.BridgeStats;
import dev.amiable.kafka.KafkaBridge;
import dev.amiable.kafka.internal.EventKeys;
import dev.amiable.kafka.internal.RecordFormat;
import dev.amiable.testkit.FakeAsterisk;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Events per second through {@link KafkaBridge} into a local KRaft broker, next to the ceiling:
 * the Kafka producer alone, same settings, sending records of the same keys and sizes. The bridge
 * side is a FakeAsterisk replaying the recorded busy period (11,880 events) {@code rounds} times to
 * one client, timed from the first byte to the last acknowledgement; the ceiling sends the same
 * records (the same keys, values written beforehand by the bridge's own writer, and the same four
 * {@code ami-*} headers), from one thread, timed to the last acknowledgement. Both sides run in this
 * JVM against the same broker: once each to warm up, then {@code runs} pairs, the first side of a
 * pair alternating; the figure is the median of the pairs' ratios.
 *
 * <p>Usage: {@code bench/kafka.sh [rounds] [runs] [json|ami]} (defaults 10, 5, json).
 */
public final class KafkaBridgeMain {
    /** How long one side of a run may take before it counts as stalled (not a valid run). */
    private static final Duration STALL = Duration.ofSeconds(120);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU ns per record of the last run's converting thread (bridge) and sending thread (producer alone). */
    private static double lastBridgeCpu = Double.NaN;
    private static double lastCeilingCpu = Double.NaN;
    /** CPU ns per record of the whole process (every thread: broker, producer, client, FakeAsterisk) in the last run of each side. */
    private static double lastBridgeProcessCpu = Double.NaN;
    private static double lastCeilingProcessCpu = Double.NaN;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private KafkaBridgeMain() {
    }

    /**
     * CPU time so far of the threads whose name starts with {@code prefix}: for the bridge the
     * client's {@code amiable-dispatch-N}, which turns each event into a record and calls
     * {@code producer.send} (the producer's I/O thread and the client's reader are left out on
     * both sides).
     */
    private static long cpuOf(String prefix) {
        long sum = 0;
        for (java.lang.management.ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith(prefix)) {
                long ns = THREADS.getThreadCpuTime(t.getThreadId());
                sum += Math.max(ns, 0);
            }
        }
        return sum;
    }

    /** CPU time so far per thread group (a thread's name without its digits); with {@code kafka.bench.threads=true} only. */
    private static Map<String, Long> cpuByGroup() {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null) {
                long ns = Math.max(THREADS.getThreadCpuTime(t.getThreadId()), 0);
                out.merge(t.getThreadName().replaceAll("[0-9]+", "N"), ns, Long::sum);
            }
        }
        long gcMillis = 0;
        long gcs = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(gc.getCollectionTime(), 0);
            gcs += Math.max(gc.getCollectionCount(), 0);
        }
        out.put(" GC pauses (count)", gcs);
        out.put(" GC pause time (ns)", gcMillis * 1_000_000);
        long allocated = 0;
        for (java.lang.management.ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null) {
                long b = Math.max(((com.sun.management.ThreadMXBean) THREADS).getThreadAllocatedBytes(t.getThreadId()), 0);
                allocated += b;
                if (t.getThreadName().startsWith("amiable-")) {
                    out.merge(" allocated by " + t.getThreadName().replaceAll("[0-9]+", "N") + " (B)", b, Long::sum);
                }
            }
        }
        out.put(" allocated by live threads (B)", allocated);
        out.put(" JIT compiling (ms)", ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        return out;
    }

    private static final boolean BY_THREAD = Boolean.getBoolean("kafka.bench.threads");

    /** Prints the thread groups that used the most CPU per record since {@code before}. */
    private static void printGroups(String side, Map<String, Long> before, long records) {
        if (!BY_THREAD) {
            return;
        }
        Map<String, Long> after = cpuByGroup();
        StringBuilder sb = new StringBuilder("  " + side + ":");
        for (String k : List.of(" GC pauses (count)", " GC pause time (ns)", " allocated by live threads (B)", " JIT compiling (ms)")) {
            sb.append(String.format("%s %,d;", k, after.get(k) - before.getOrDefault(k, 0L)));
            after.remove(k);
        }
        for (String k : List.copyOf(after.keySet())) {
            if (k.startsWith(" allocated by ")) {
                sb.append(String.format("%s per record %,d;", k, (after.get(k) - before.getOrDefault(k, 0L)) / records));
                after.remove(k);
            }
        }
        sb.append(" CPU per record by thread:");
        after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> sb.append(String.format(" %s %.2f us;", e.getKey(), (double) e.getValue() / records / 1e3)));
        System.out.println(sb);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BridgeFormat format = BridgeFormat.parse(args.length > 2 ? args[2] : "json");
        List<AmiEvent> events = decode(Capture.BUSY_EVENTS);
        if (args.length > 3 && args[3].equals("encode")) {
            encodeOnly(events, rounds, runs, format);
            return;
        }
        try (KafkaClusterTestKit cluster = startBroker()) { // NaN marks a side that stalled
            String bootstrap = cluster.bootstrapServers();
            List<Rec> records = records(events, rounds, format);
            long bytes = records.stream().mapToLong(r -> r.value.length).sum();
            System.out.printf("%d events per run (%d busy periods), %s, %.0f B per record on average%n",
                    records.size(), rounds, format.name().toLowerCase(), (double) bytes / records.size());
            double[] bridge = new double[runs];
            double[] ceiling = new double[runs];
            double[] cpuRatio = new double[runs];
            double[] processRatio = new double[runs];
            int topic = 0;
            // the JIT keeps compiling (the broker's code and the bridge's) for the first few pairs: about
            // a second of compiler time per pair, on 2 cores, until the third (printed with -Dkafka.bench.threads=true)
            int warmups = Integer.getInteger("kafka.bench.warmups", 3);
            System.out.printf("%d warm-up pair(s), then %d measured%n", warmups, runs);
            for (int i = -warmups; i < runs; i++) {
                // which side goes first alternates, so neither always runs on a warmer (or busier) machine
                double c;
                double b;
                if ((i & 1) == 0) {
                    b = bridge(cluster, bootstrap, "bridge-" + topic, rounds, events.size() * (long) rounds, format);
                    c = ceiling(cluster, bootstrap, "ceiling-" + topic, records);
                } else {
                    c = ceiling(cluster, bootstrap, "ceiling-" + topic, records);
                    b = bridge(cluster, bootstrap, "bridge-" + topic, rounds, events.size() * (long) rounds, format);
                }
                topic++;
                System.out.printf("%s: producer alone %,.0f records/s, bridge %,.0f events/s, ratio %.0f%%"
                        + "; CPU per record: producer alone %.2f us, bridge %.2f us, ratio %.0f%%%n",
                        i < 0 ? "warm-up " + (warmups + i + 1) : "run " + (i + 1), c, b, 100 * b / c,
                        lastCeilingCpu / 1e3, lastBridgeCpu / 1e3, 100 * lastCeilingCpu / lastBridgeCpu);
                System.out.printf("  whole process CPU per record: producer alone %.2f us, bridge %.2f us, ratio %.0f%%%n",
                        lastCeilingProcessCpu / 1e3, lastBridgeProcessCpu / 1e3,
                        100 * lastCeilingProcessCpu / lastBridgeProcessCpu);
                if (i >= 0) {
                    cpuRatio[i] = lastCeilingCpu / lastBridgeCpu;
                    processRatio[i] = lastCeilingProcessCpu / lastBridgeProcessCpu;
                    ceiling[i] = c;
                    bridge[i] = b;
                }
            }
            double[] ratios = java.util.stream.IntStream.range(0, runs).mapToDouble(i -> bridge[i] / ceiling[i])
                    .filter(r -> !Double.isNaN(r)).sorted().toArray();
            if (ratios.length == 0) {
                System.out.println("no valid run");
                return;
            }
            // each run pairs the two sides back to back; on a shared machine one side of a run may
            // stall, so the median of the runs' ratios is the figure, not the ratio of the means
            System.out.printf("median ratio of %d valid run(s): %.0f%% of the producer alone (goal >= 70%%)%n",
                    ratios.length, 100 * ratios[ratios.length / 2]);
            double[] cpu = java.util.Arrays.stream(cpuRatio).filter(r -> !Double.isNaN(r)).sorted().toArray();
            if (cpu.length > 0) {
                // thread CPU hardly depends on what else the machine runs: the figure to follow on a busy one
                System.out.printf("median CPU ratio (producer alone's sending thread / bridge's dispatcher, "
                        + "per record): %.0f%%%n", 100 * cpu[cpu.length / 2]);
            }
            double[] whole = java.util.Arrays.stream(processRatio).filter(r -> !Double.isNaN(r)).sorted().toArray();
            if (whole.length > 0) {
                // on a machine whose cores are all busy, throughput follows the whole process's CPU per record
                System.out.printf("median whole-process CPU ratio (producer alone / bridge, per record): %.0f%%%n",
                        100 * whole[whole.length / 2]);
            }
        }
    }

    private static KafkaClusterTestKit startBroker() throws Exception {
        KafkaClusterTestKit c = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1").build();
        c.format();
        c.startup();
        c.waitForReadyBrokers();
        return c;
    }

    /**
     * Creates {@code name} with 3 partitions, then writes one record to each partition with a
     * throw-away producer and waits for the answers: the topic's creation is complete when the
     * controller has it, but the broker may not lead its partitions yet, and the first produce
     * requests of the measured producer would then be refused and retried (see the README: the
     * stall seen about one run in four).
     */
    private static void createTopic(KafkaClusterTestKit cluster, String name) throws Exception {
        try (Admin admin = cluster.admin()) {
            admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        Map<String, Object> p = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaProducer<byte[], byte[]> primer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            for (int partition = 0; partition < 3; partition++) {
                acks.add(primer.send(new ProducerRecord<>(name, partition, null, new byte[0])));
            }
            for (java.util.concurrent.Future<?> a : acks) {
                a.get(60, TimeUnit.SECONDS);
            }
        }
    }

    /** The bridge: FakeAsterisk writes the busy period {@code rounds} times; until every record is acknowledged. */
    private static double bridge(KafkaClusterTestKit cluster, String bootstrap, String topic, int rounds,
            long expected, BridgeFormat format) throws Exception {
        createTopic(cluster, topic);
        try (FakeAsterisk pbx = FakeAsterisk.builder().user("admin", "amp111").build().start();
             AmiClient client = AmiClient.connect(AmiOptions.builder().host("127.0.0.1").port(pbx.port())
                     .username("admin").secret("amp111").eventMask("off").reconnect(ReconnectPolicy.OFF)
                     .keepAlive(Duration.ZERO, Duration.ofSeconds(1))
                     .build());
             KafkaBridge bridge = KafkaBridge.builder().bootstrapServers(bootstrap).topic(topic).format(format).build()) {
            bridge.add("pbx1", client);
            long cpu0 = cpuOf("amiable-dispatch-");
            long process0 = OS.getProcessCpuTime();
            Map<String, Long> groups0 = BY_THREAD ? cpuByGroup() : Map.of();
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                pbx.emitRaw(Capture.BUSY_EVENTS);
            }
            BridgeStats s;
            while ((s = bridge.stats()).totalPublished() + s.totalDropped() + s.totalFailed() < expected
                    && System.nanoTime() - start < STALL.toNanos()) {
                Thread.sleep(1);
            }
            long elapsed = System.nanoTime() - start;
            lastBridgeCpu = (double) (cpuOf("amiable-dispatch-") - cpu0) / expected;
            lastBridgeProcessCpu = (double) (OS.getProcessCpuTime() - process0) / expected;
            printGroups("bridge", groups0, expected);
            if (s.totalPublished() < expected) {
                System.out.println("  (not a valid run: " + s + ")");
                return Double.NaN;
            }
            return expected / (elapsed / 1e9);
        }
    }

    /** The ceiling: the same records from one thread into a producer with the bridge's settings. */
    private static double ceiling(KafkaClusterTestKit cluster, String bootstrap, String topic, List<Rec> records)
            throws Exception {
        createTopic(cluster, topic);
        Map<String, Object> p = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024,
                // Kafka's default: on this in-process broker a batch sometimes gets no answer, and the
                // run must end (it is then reported as not valid) rather than wait for ever
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) STALL.toMillis());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long process0 = OS.getProcessCpuTime();
            Map<String, Long> groups0 = BY_THREAD ? cpuByGroup() : Map.of();
            long start = System.nanoTime();
            for (Rec r : records) {
                producer.send(new ProducerRecord<>(topic, null, r.key, r.value, r.headers), (m, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            lastCeilingCpu = (double) (THREADS.getCurrentThreadCpuTime() - cpu0) / records.size();
            producer.flush();
            lastCeilingProcessCpu = (double) (OS.getProcessCpuTime() - process0) / records.size();
            printGroups("producer alone", groups0, records.size());
            double rate = records.size() / ((System.nanoTime() - start) / 1e9);
            if (failed.get() > 0) {
                System.out.println("  (not a valid run: " + failed.get() + " records of the producer alone failed)");
                return Double.NaN;
            }
            return rate;
        }
    }

    /**
     * The bridge's own work per event without a broker or a client: reading the header names,
     * the record key and the value, on this thread, {@code rounds} busy periods per repetition,
     * {@code runs} repetitions; thread CPU per event, the least and the median (the least is the
     * figure least disturbed by other processes on a shared machine).
     */
    private static void encodeOnly(List<AmiEvent> events, int rounds, int runs, BridgeFormat format) {
        RecordFormat writer = RecordFormat.of(format, "pbx1");
        EventKeys keys = new EventKeys();
        EventKeys.KeyCache cache = new EventKeys.KeyCache();
        byte[] server = "pbx1".getBytes(StandardCharsets.UTF_8);
        long sink = 0;
        double[] ns = new double[runs];
        for (int run = -3; run < runs; run++) { // three to warm up
            long cpu = 0;
            long seq = 0;
            for (int r = 0; r < rounds; r++) {
                // as the dispatcher gets them: a batch at a time, its frames just read (in the CPU's
                // caches); only the conversion is timed
                for (int from = 0; from < events.size(); from += 256) {
                    List<AmiEvent> batch = events.subList(from, Math.min(from + 256, events.size()));
                    for (AmiEvent e : batch) {
                        sink += touch(e);
                    }
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    for (AmiEvent e : batch) {
                        EventKeys k = keys.load(e, writer.readsNames());
                        sink += k.recordKey(server, cache).length;
                        sink += writer.event(k, 1, ++seq, 1_764_990_000_000L + seq).length;
                    }
                    cpu += THREADS.getCurrentThreadCpuTime() - cpu0;
                }
            }
            if (run >= 0) {
                ns[run] = (double) cpu / seq;
            }
        }
        java.util.Arrays.sort(ns);
        System.out.printf("encode only (%s, %d events x %d): CPU per event least %.0f ns, median %.0f ns (%d)%n",
                format.name().toLowerCase(), events.size() * rounds, runs, ns[0], ns[runs / 2], sink % 10);
    }

    /** Reads every byte of {@code e}'s frame, so that they are in the caches. */
    private static long touch(AmiEvent e) {
        dev.amiable.internal.codec.Frame f = dev.amiable.kafka.internal.RawEvent.frameOf(e);
        byte[] b = f.buffer();
        long sum = 0;
        for (int i = f.start(); i < f.end(); i++) {
            sum += b[i];
        }
        return sum;
    }

    /** One record of the ceiling: what the bridge would send for one event. */
    private record Rec(byte[] key, byte[] value, List<Header> headers) {
    }

    /** Key, value and headers of every record the bridge would write, {@code rounds} times over. */
    private static List<Rec> records(List<AmiEvent> events, int rounds, BridgeFormat format) {
        RecordFormat writer = RecordFormat.of(format, "pbx1");
        EventKeys keys = new EventKeys();
        Header server = new RecordHeader("ami-server", "pbx1".getBytes(StandardCharsets.UTF_8));
        Header epoch = new RecordHeader("ami-epoch", "1".getBytes(StandardCharsets.UTF_8));
        List<Rec> out = new ArrayList<>(events.size() * rounds);
        long seq = 0;
        for (int r = 0; r < rounds; r++) {
            for (AmiEvent e : events) {
                String k = e.get("Linkedid");
                if (k == null || k.isEmpty()) {
                    k = e.get("Uniqueid");
                }
                byte[] key = (k == null || k.isEmpty() ? "pbx1" : k).getBytes(StandardCharsets.UTF_8);
                long n = ++seq;
                // the same 4 headers as the bridge's records
                List<Header> headers = List.of(server, new RecordHeader("ami-event",
                        e.name().getBytes(StandardCharsets.UTF_8)), epoch,
                        new RecordHeader("ami-seq", Long.toString(n).getBytes(StandardCharsets.US_ASCII)));
                out.add(new Rec(key, writer.event(keys.load(e), 1, n, System.currentTimeMillis()), headers));
            }
        }
        return out;
    }

    private static List<AmiEvent> decode(byte[] stream) {
        List<AmiEvent> out = new ArrayList<>();
        FrameDecoder.decodeAll(stream, DecoderLimits.DEFAULT, new FrameSink() {
            @Override public void onFrame(dev.amiable.internal.codec.Frame f) {
                out.add(EventRegistry.global().decode(f));
            }
            @Override public void onBanner(String banner) { }
            @Override public void onError(dev.amiable.AmiProtocolException error) {
                throw error;
            }
        });
        return out;
    }
}
