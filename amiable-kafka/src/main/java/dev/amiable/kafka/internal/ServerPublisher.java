package dev.amiable.kafka.internal;

import dev.amiable.AmiClient;
import dev.amiable.AmiEventListener;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.event.AmiEvent;
import dev.amiable.live.LiveChange;
import dev.amiable.live.LiveChangeListener;
import dev.amiable.live.LivePart;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.ArrayList;
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
 *
 * <p>Live changes (when the bridge follows the PBX with {@code amiable-live}): a {@code Stale}
 * signal opens a resync window; every change until the next {@code Resynced} is written as a
 * change record (keyed by its call's Linkedid, else the server id), then one resynced record keyed
 * by the server id, all with {@code ami-seq: 0}. Changes outside such a window (those of ordinary
 * events, already in the topic as events) are not written. A change may arrive on the client's
 * response thread (when a list is refused), so the listener methods share one lock.
 */
public final class ServerPublisher implements AmiEventListener<AmiEvent>, ConnectionListener, LiveChangeListener {
    private static final System.Logger LOG = System.getLogger("dev.amiable.kafka");

    private final String server;
    private final byte[] serverBytes;
    private final String topic;
    private final Sender sender;
    private final BoundedBuffer buffer;
    private final RecordFormat format;
    private final AmiClient client;
    private final Header serverHeader;
    private final Map<String, Header> nameHeaders = new HashMap<>();
    private Header epochHeader;
    private final EventKeys keys = new EventKeys();
    private final EventKeys.KeyCache keyCache = new EventKeys.KeyCache();
    private final AsciiNumber digits = new AsciiNumber();
    /** Whether the format reads the events' header names. */
    private final boolean names;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final Sender.Outcome onAck = this::acknowledged;
    private volatile long epoch = 1;
    private volatile long seq;
    private boolean sessionEnded;
    private boolean resyncing;
    private long resyncChanges;

    public ServerPublisher(String server, String topic, Sender sender, BoundedBuffer buffer,
            RecordFormat format, AmiClient client) {
        this.server = server;
        this.serverBytes = server.getBytes(StandardCharsets.UTF_8);
        this.topic = topic;
        this.sender = sender;
        this.buffer = buffer;
        this.format = format;
        this.names = format.readsNames();
        this.client = client;
        this.serverHeader = new RecordHeader("ami-server", serverBytes);
        this.epochHeader = new RecordHeader("ami-epoch", digits.bytes(epoch));
    }

    @Override
    public synchronized void onEvent(AmiEvent event) {
        if (sessionEnded) {
            openEpoch();
        }
        long n = seq + 1;
        seq = n;
        received.incrementAndGet();
        long now = System.currentTimeMillis();
        if (!enter()) {
            return;
        }
        byte[] key;
        byte[] value;
        try { // written here, not through send(): no object made per event for the value's writing
            EventKeys k = keys.load(event, names);
            key = k.recordKey(serverBytes, keyCache);
            value = format.event(k, epoch, n, now);
        } catch (RuntimeException e) {
            abandon(e);
            return;
        }
        hand(key, nameHeader(event.name()), n, value);
    }

    @Override
    public synchronized void onChange(LiveChange change) {
        if (change instanceof LiveChange.Stale) {
            resyncing = true;
            resyncChanges = 0;
            return;
        }
        if (!resyncing) {
            return;
        }
        if (sessionEnded) {
            openEpoch(); // the gap record comes first
        }
        long now = System.currentTimeMillis();
        if (change instanceof LiveChange.Resynced r) {
            resyncing = false;
            long count = resyncChanges;
            List<String> parts = new ArrayList<>();
            for (LivePart p : r.unavailable()) {
                parts.add(p.name());
            }
            send(serverBytes, nameHeader(Gaps.RESYNCED_NAME), 0, () -> format.resynced(epoch, count, parts, now));
            return;
        }
        LiveChanges c = LiveChanges.of(change);
        if (c != null) {
            resyncChanges++;
            changes.incrementAndGet();
            byte[] key = c.linkedid() == null || c.linkedid().isEmpty() ? serverBytes : keyCache.bytes(c.linkedid());
            send(key, nameHeader(Gaps.CHANGE_NAME), 0, () -> format.change(c, epoch, now));
        }
    }

    @Override
    public synchronized void onStateChange(ConnectionState state, Throwable cause) {
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
        epochHeader = new RecordHeader("ami-epoch", digits.bytes(epoch));
        seq = 0;
        long now = System.currentTimeMillis();
        send(serverBytes, nameHeader(Gaps.EVENT_NAME), 0, () -> format.gap(previous + 1, previous, last, now));
    }

    private Header nameHeader(String name) {
        Header h = nameHeaders.get(name);
        if (h == null) {
            h = new RecordHeader("ami-event", name.getBytes(StandardCharsets.UTF_8));
            nameHeaders.put(name, h);
        }
        return h;
    }

    private interface Value {
        byte[] write();
    }

    /** One record whose value is written only once it has a place in the buffer. */
    private void send(byte[] key, Header name, long n, Value value) {
        if (!enter()) {
            return;
        }
        byte[] v;
        try {
            v = value.write();
        } catch (RuntimeException e) {
            abandon(e);
            return;
        }
        hand(key, name, n, v);
    }

    /**
     * Takes a place in the buffer for one record (then the caller writes its value and calls
     * {@link #hand}, or {@link #abandon}); false when there is none: the record is counted as
     * dropped, its value never written.
     */
    private boolean enter() {
        try {
            if (buffer.enter()) {
                return true;
            }
            buffer.dropped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dropped.incrementAndGet();
        return false;
    }

    /** Hands a record that has its place in the buffer to the producer. */
    private void hand(byte[] key, Header name, long n, byte[] value) {
        try {
            List<Header> headers = List.of(serverHeader, name, epochHeader, new RecordHeader("ami-seq", digits.bytes(n)));
            sender.send(new ProducerRecord<>(topic, null, key, value, headers), onAck);
        } catch (RuntimeException e) {
            abandon(e);
        }
    }

    /** A record that failed before the producer took it: counted, its place given back. */
    private void abandon(RuntimeException e) {
        fail(e);
        buffer.leave();
    }

    /** Counts first, then frees the place: whoever waits for an empty buffer then sees the count. */
    private void acknowledged(Exception error) {
        if (error == null) {
            published.incrementAndGet();
        } else {
            fail(error);
        }
        buffer.leave();
    }

    private void fail(Exception error) {
        if (failed.getAndIncrement() == 0) {
            LOG.log(System.Logger.Level.WARNING, "Kafka refused an event of {0} (further failures are "
                    + "only counted): {1}", server, String.valueOf(error));
        }
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

    /** Change records written (resyncs' changes). */
    public long changes() {
        return changes.get();
    }

    /** Overflow episodes of the client (times its event queue started dropping). */
    public long clientOverflows() {
        return client.stats().overflowEpisodes();
    }

    /** Events the client itself dropped because its queue was full (they never reached the bridge). */
    public long clientDropped() {
        return client.stats().eventsDropped();
    }
}
