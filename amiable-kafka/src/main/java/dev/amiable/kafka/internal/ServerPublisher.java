package dev.amiable.kafka.internal;

import dev.amiable.AmiClient;
import dev.amiable.AmiEventListener;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.event.AmiEvent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Publishes one server's events: numbers them ({@code epoch}, {@code seq}), keys them, writes their
 * value and hands them to the producer through the bounded buffer. Its listener methods run on the
 * client's event dispatcher, one at a time, in wire order, which is also the order in which the
 * {@link Sender} hands them to the producer; the counters are read from any thread.
 *
 * <p>Sessions: the first epoch is 1. A {@code RECONNECTING} state change closes the epoch (the
 * client queues it after the old session's last event); the first thing after it, the new
 * session's first event or its {@code CONNECTED}, opens the next epoch with one gap record keyed
 * by the server id. {@code seq} restarts at 1; the gap record carries {@code ami-seq: 0}.
 */
public final class ServerPublisher implements AmiEventListener<AmiEvent>, ConnectionListener {
    private static final System.Logger LOG = System.getLogger("dev.amiable.kafka");

    private final String server;
    private final byte[] serverBytes;
    private final String topic;
    private final Sender sender;
    private final BoundedBuffer buffer;
    private final RecordFormat format;
    private final AmiClient client;
    private final Map<String, byte[]> names = new HashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Sender.Outcome onAck = this::acknowledged;
    private volatile long epoch = 1;
    private volatile long seq;
    private boolean sessionEnded;

    public ServerPublisher(String server, String topic, Sender sender, BoundedBuffer buffer,
            RecordFormat format, AmiClient client) {
        this.server = server;
        this.serverBytes = server.getBytes(StandardCharsets.UTF_8);
        this.topic = topic;
        this.sender = sender;
        this.buffer = buffer;
        this.format = format;
        this.client = client;
    }

    @Override
    public void onEvent(AmiEvent event) {
        if (sessionEnded) {
            openEpoch();
        }
        long n = seq + 1;
        seq = n;
        received.incrementAndGet();
        long now = System.currentTimeMillis();
        byte[] key = key(event);
        String name = event.name();
        byte[] nameBytes = names.computeIfAbsent(name, s -> s.getBytes(StandardCharsets.UTF_8));
        send(key, nameBytes, n, () -> format.event(event, epoch, n, now));
    }

    @Override
    public void onStateChange(ConnectionState state, Throwable cause) {
        if (state == ConnectionState.RECONNECTING) {
            sessionEnded = true;
        } else if (state == ConnectionState.CONNECTED && sessionEnded) {
            openEpoch();
        }
    }

    private void openEpoch() {
        sessionEnded = false;
        long previous = epoch;
        long last = seq;
        epoch = previous + 1;
        seq = 0;
        long now = System.currentTimeMillis();
        byte[] gapName = names.computeIfAbsent(Gaps.EVENT_NAME, s -> s.getBytes(StandardCharsets.UTF_8));
        send(serverBytes, gapName, 0, () -> format.gap(previous + 1, previous, last, now));
    }

    /** The event's {@code Linkedid}, else its {@code Uniqueid}, else the server id. */
    private byte[] key(AmiEvent event) {
        String k = event.get("Linkedid");
        if (k == null || k.isEmpty()) {
            k = event.get("Uniqueid");
        }
        return k == null || k.isEmpty() ? serverBytes : k.getBytes(StandardCharsets.UTF_8);
    }

    private interface Value {
        byte[] write();
    }

    private void send(byte[] key, byte[] name, long n, Value value) {
        try {
            if (!buffer.enter()) {
                dropped.incrementAndGet();
                buffer.dropped();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dropped.incrementAndGet();
            return;
        }
        try {
            List<Header> headers = List.of(new RecordHeader("ami-server", serverBytes),
                    new RecordHeader("ami-event", name), new RecordHeader("ami-epoch", ascii(epoch)),
                    new RecordHeader("ami-seq", ascii(n)));
            sender.send(new ProducerRecord<>(topic, null, key, value.write(), headers), onAck);
        } catch (RuntimeException e) {
            buffer.leave();
            fail(e);
        }
    }

    private void acknowledged(Exception error) {
        buffer.leave();
        if (error == null) {
            published.incrementAndGet();
        } else {
            fail(error);
        }
    }

    private void fail(Exception error) {
        if (failed.getAndIncrement() == 0) {
            LOG.log(System.Logger.Level.WARNING, "Kafka refused an event of {0} (further failures are "
                    + "only counted): {1}", server, String.valueOf(error));
        }
    }

    private static byte[] ascii(long v) {
        return Long.toString(v).getBytes(StandardCharsets.US_ASCII);
    }

    public String server() {
        return server;
    }

    public long epoch() {
        return epoch;
    }

    public long seq() {
        return seq;
    }

    public long received() {
        return received.get();
    }

    public long published() {
        return published.get();
    }

    public long dropped() {
        return dropped.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Events the client itself dropped because its queue was full (they never reached the bridge). */
    public long clientDropped() {
        return client.stats().eventsDropped();
    }
}
