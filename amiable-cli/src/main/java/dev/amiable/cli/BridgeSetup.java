package dev.amiable.cli;

import dev.amiable.AmiConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The Kafka side of {@code amiable bridge} before it starts: properties, reachability, the topic. */
final class BridgeSetup {
    private BridgeSetup() {
    }

    /** {@code KEY=VALUE} options as a map; a usage error for anything else. */
    static Map<String, Object> producerProperties(List<String> pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--producer-property wants KEY=VALUE, got '" + p + "'");
            }
            out.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        return out;
    }

    /**
     * Checks that the brokers answer within {@code timeout} (else {@link AmiConnectionException}, exit
     * 3) and, when {@code partitions} is given, creates the topic if it is missing.
     */
    static void checkKafka(String bootstrap, String topic, Integer partitions, Map<String, Object> producerProps,
            Duration timeout) throws InterruptedException {
        Map<String, Object> props = new LinkedHashMap<>();
        // the security settings a producer needs are the ones an admin client needs
        producerProps.forEach((k, v) -> {
            if (k.startsWith("security.") || k.startsWith("ssl.") || k.startsWith("sasl.")) {
                props.put(k, v);
            }
        });
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(props)) {
            Set<String> topics = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (partitions != null && !topics.contains(topic)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) -1))).all()
                            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (TimeoutException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new AmiConnectionException("Kafka at " + bootstrap + " did not answer: " + cause.getMessage(), cause);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new UsageException("Kafka settings: " + e.getMessage());
        }
    }
}
