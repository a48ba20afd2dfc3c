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
import dev.amiable.kafka.internal.RecordFormat;
import dev.amiable.testkit.FakeAsterisk;
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
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Events per second through {@link KafkaBridge} into a local KRaft broker, next to the ceiling:
 * the Kafka producer alone, same settings, sending records of the same keys and sizes. The bridge
 * side is a FakeAsterisk replaying the recorded busy period (11,880 events) {@code rounds} times to
 * one client, timed from the first byte to the last acknowledgement; the ceiling sends the same
 * records, written beforehand by the bridge's own JSON writer, from one thread, timed to the last
 * acknowledgement. Each side runs once to warm up, then alternately {@code runs} times; the figure
 * is the median of the runs' ratios.
 *
 * <p>Usage: {@code bench/kafka.sh [rounds] [runs] [json|ami]} (defaults 10, 3, json).
 */
public final class KafkaBridgeMain {
    /** How long one side of a run may take before it counts as stalled (not a valid run). */
    private static final Duration STALL = Duration.ofSeconds(120);

    private KafkaBridgeMain() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        BridgeFormat format = BridgeFormat.parse(args.length > 2 ? args[2] : "json");
        List<AmiEvent> events = decode(Capture.BUSY_EVENTS);
        try (KafkaClusterTestKit cluster = startBroker()) { // NaN marks a side that stalled
            String bootstrap = cluster.bootstrapServers();
            List<byte[][]> records = records(events, rounds, format);
            long bytes = records.stream().mapToLong(r -> r[1].length).sum();
            System.out.printf("%d events per run (%d busy periods), %s, %.0f B per record on average%n",
                    records.size(), rounds, format.name().toLowerCase(), (double) bytes / records.size());
            double[] bridge = new double[runs];
            double[] ceiling = new double[runs];
            int topic = 0;
            for (int i = -1; i < runs; i++) {
                double c = ceiling(cluster, bootstrap, "ceiling-" + topic, records);
                double b = bridge(cluster, bootstrap, "bridge-" + topic, rounds, events.size() * (long) rounds, format);
                topic++;
                System.out.printf("%s: producer alone %,.0f records/s, bridge %,.0f events/s, ratio %.0f%%%n",
                        i < 0 ? "warm-up" : "run " + (i + 1), c, b, 100 * b / c);
                if (i >= 0) {
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

    private static void createTopic(KafkaClusterTestKit cluster, String name) throws Exception {
        try (Admin admin = cluster.admin()) {
            admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get(60, TimeUnit.SECONDS);
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
                     // the whole run fits: the client must not drop what the bridge has not taken yet
                     .eventQueueCapacity((int) expected + 1024).build());
             KafkaBridge bridge = KafkaBridge.builder().bootstrapServers(bootstrap).topic(topic).format(format).build()) {
            bridge.add("pbx1", client);
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
            if (s.totalPublished() < expected) {
                System.out.println("  (not a valid run: " + s + ")");
                return Double.NaN;
            }
            return expected / (elapsed / 1e9);
        }
    }

    /** The ceiling: the same records from one thread into a producer with the bridge's settings. */
    private static double ceiling(KafkaClusterTestKit cluster, String bootstrap, String topic, List<byte[][]> records)
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
            long start = System.nanoTime();
            for (byte[][] r : records) {
                producer.send(new ProducerRecord<>(topic, r[0], r[1]), (m, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
            double rate = records.size() / ((System.nanoTime() - start) / 1e9);
            if (failed.get() > 0) {
                System.out.println("  (not a valid run: " + failed.get() + " records of the producer alone failed)");
                return Double.NaN;
            }
            return rate;
        }
    }

    /** Key and value of every record the bridge would write, {@code rounds} times over. */
    private static List<byte[][]> records(List<AmiEvent> events, int rounds, BridgeFormat format) {
        RecordFormat writer = RecordFormat.of(format, "pbx1");
        List<byte[][]> out = new ArrayList<>(events.size() * rounds);
        long seq = 0;
        for (int r = 0; r < rounds; r++) {
            for (AmiEvent e : events) {
                String k = e.get("Linkedid");
                if (k == null || k.isEmpty()) {
                    k = e.get("Uniqueid");
                }
                byte[] key = (k == null || k.isEmpty() ? "pbx1" : k).getBytes(StandardCharsets.UTF_8);
                out.add(new byte[][] {key, writer.event(e, 1, ++seq, System.currentTimeMillis())});
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
