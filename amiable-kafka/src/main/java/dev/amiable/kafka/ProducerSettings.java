package dev.amiable.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The producer configuration of a bridge: its fixed guarantees, its defaults, the user's extras. */
final class ProducerSettings {
    private ProducerSettings() {
    }

    static Map<String, Object> of(String bootstrapServers, Map<String, Object> user) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        // records wait while the broker is down rather than expire: the bounded buffer limits them
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE);
        // how long one hand-over may wait for metadata or memory; the sender then tries again
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "amiable-bridge");
        p.putAll(user);
        check(p, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        String acks = String.valueOf(p.getOrDefault(ProducerConfig.ACKS_CONFIG, "all"));
        if (!acks.equals("all") && !acks.equals("-1")) {
            throw new IllegalArgumentException("acks=" + acks + " refused: the bridge needs acks=all");
        }
        Object inFlight = p.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION);
        if (inFlight != null && Integer.parseInt(inFlight.toString().trim()) > 5) {
            throw new IllegalArgumentException("max.in.flight.requests.per.connection=" + inFlight
                    + " refused: more than 5 would reorder with idempotence");
        }
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return p;
    }

    private static void check(Map<String, Object> p, String key, String required) {
        Object v = p.get(key);
        if (v != null && !v.toString().trim().equalsIgnoreCase(required)) {
            throw new IllegalArgumentException(key + "=" + v + " refused: the bridge needs " + key + "=" + required);
        }
    }
}
