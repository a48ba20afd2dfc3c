package dev.amiable.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real KRaft broker (and its controller) for every test class of the JVM: started on first
 * use, closed when the test run ends ({@link BrokerSession}). Tests run one at a time; a test that stops the broker starts it
 * again before it returns.
 */
final class Broker {
    static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaClusterTestKit cluster;
    private static boolean stopped;

    private Broker() {
    }

    static synchronized KafkaClusterTestKit cluster() throws Exception {
        if (cluster == null) {
            KafkaClusterTestKit c = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(false).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            c.format();
            c.startup();
            c.waitForReadyBrokers();
            cluster = c;
        }
        return cluster;
    }

    /** Closes the broker if a test started it (at the end of the run, before the JVM exits). */
    static synchronized void closeIfStarted() throws Exception {
        if (cluster != null) {
            KafkaClusterTestKit c = cluster;
            cluster = null;
            c.close();
        }
    }

    static String bootstrap() throws Exception {
        return cluster().bootstrapServers();
    }

    /** The header that marks a probe record: {@link Topic#read} leaves such records out. */
    static final String PROBE_HEADER = "amiable-test-probe";

    /**
     * Creates {@code name} with {@code partitions} partitions and waits until the broker leads
     * every one: a throw-away producer writes one probe record to each and waits for the
     * acknowledgements. The creation is complete when the controller has the topic, but the broker
     * may not lead its partitions yet; a producer's first batches then went unanswered for minutes
     * about one run in four (the same stall the benchmark had until it primed its topics).
     */
    static void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = cluster().admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all()
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        Map<String, Object> p = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
        try (KafkaProducer<byte[], byte[]> probe = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int partition = 0; partition < partitions; partition++) {
                List<Header> probeHeader = List.of(new RecordHeader(PROBE_HEADER, new byte[0]));
                acks.add(probe.send(new ProducerRecord<byte[], byte[]>(name, partition, null, new byte[0], probeHeader)));
            }
            for (Future<RecordMetadata> a : acks) {
                a.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Stops the broker (the controller stays up) and waits until it is down. */
    static synchronized void stop() throws Exception {
        var broker = cluster().brokers().values().iterator().next();
        broker.shutdown();
        broker.awaitShutdown();
        stopped = true;
    }

    /** Starts the stopped broker again, on the same port, and waits until it is ready. */
    static synchronized void start() throws Exception {
        KafkaClusterTestKit c = cluster();
        c.restartBroker(c.brokers().keySet().iterator().next(), Map.of());
        c.waitForReadyBrokers();
        stopped = false;
    }

    /** Starts the broker if a test stopped it and failed before starting it again. */
    static synchronized void ensureRunning() throws Exception {
        if (stopped) {
            start();
        }
    }
}
