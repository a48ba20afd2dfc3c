package dev.amiable.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real KRaft broker (and its controller) for every test class of the JVM: started on first
 * use, closed when the JVM ends. Tests run one at a time; a test that stops the broker starts it
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
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    c.close();
                } catch (Exception e) {
                    // the JVM is ending
                }
            }, "kafka-test-broker-close"));
        }
        return cluster;
    }

    static String bootstrap() throws Exception {
        return cluster().bootstrapServers();
    }

    /** Creates {@code name} with {@code partitions} partitions and waits until it exists. */
    static void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = cluster().admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all()
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
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
