package dev.amiable.cli;

import dev.amiable.kafka.BridgeStats;
import dev.amiable.kafka.KafkaBridge;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The progress line of {@code amiable bridge}, made once a second: events per second per PBX (with
 * its epoch), buffer fill, drops and failures; and the summary at the end.
 */
final class BridgeProgress {
    private final KafkaBridge bridge;
    private final Map<String, Long> lastReceived = new HashMap<>();
    private final long started = System.nanoTime();

    BridgeProgress(KafkaBridge bridge) {
        this.bridge = bridge;
    }

    /** The line for the second that just ended. */
    String tick() {
        BridgeStats s = bridge.stats();
        StringBuilder sb = new StringBuilder();
        for (BridgeStats.Server p : s.servers()) {
            long before = lastReceived.getOrDefault(p.server(), 0L);
            lastReceived.put(p.server(), p.received());
            sb.append(p.server()).append(' ').append(p.received() - before).append(" ev/s (epoch ")
                    .append(p.epoch()).append("), ");
        }
        sb.append(String.format(Locale.ROOT, "buffer %d/%d (%.1f%%)", s.buffered(), s.bufferCapacity(),
                100.0 * s.buffered() / s.bufferCapacity()));
        sb.append(", dropped ").append(s.totalBridgeDropped()).append(" by the bridge, ")
                .append(s.totalClientDropped()).append(" by the client");
        if (s.overflowing()) {
            sb.append(" (dropping now: Kafka is not keeping up)");
        }
        if (s.totalFailed() > 0) {
            sb.append(", failed ").append(s.totalFailed());
        }
        return sb.toString();
    }

    /** What happened over the whole run. */
    String summary() {
        BridgeStats s = bridge.stats();
        double secs = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        StringBuilder sb = new StringBuilder();
        for (BridgeStats.Server p : s.servers()) {
            sb.append(String.format(Locale.ROOT, "%s: %d events received, %d records published, %d dropped "
                    + "by the bridge, %d by the client (%d overflow(s)), %d failed, %d reconnect(s), %d change(s) "
                    + "from resyncs%n", p.server(), p.received(), p.published(), p.dropped(), p.clientDropped(),
                    p.clientOverflows(), p.failed(), p.epoch() - 1, p.changes()));
        }
        sb.append(String.format(Locale.ROOT, "%d records published in %.1f s", s.totalPublished(), secs));
        return sb.toString();
    }
}
