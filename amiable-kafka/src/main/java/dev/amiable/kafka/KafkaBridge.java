package dev.amiable.kafka;

import dev.amiable.AmiClient;
import dev.amiable.Registration;
import dev.amiable.kafka.internal.BoundedBuffer;
import dev.amiable.kafka.internal.RecordFormat;
import dev.amiable.kafka.internal.Sender;
import dev.amiable.kafka.internal.ServerPublisher;
import dev.amiable.live.LivePbx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes the events of one or more {@link AmiClient}s (one per PBX) to a Kafka topic.
 *
 * <ul>
 *   <li><b>Key</b>: the event's {@code Linkedid}, else its {@code Uniqueid}, else the server id, so
 *       every event of one call lands in one partition, in the order the PBX sent it.</li>
 *   <li><b>Value</b>: see {@link BridgeFormat}. <b>Headers</b>: {@code ami-server},
 *       {@code ami-event}, {@code ami-epoch}, {@code ami-seq} (decimal text).</li>
 *   <li><b>Sessions</b>: {@code epoch} numbers a server's AMI sessions from 1 (per bridge: a new
 *       bridge process starts again at 1), {@code seq} its events from 1 in each epoch. After each
 *       reconnect one {@code gap} record, keyed by the server id, says which epoch ended and its
 *       last {@code seq}.</li>
 *   <li><b>Delivery</b>: an idempotent producer with {@code acks=all} (order kept per partition,
 *       retried without duplicates, records wait while the broker is down). At most
 *       {@code bufferCapacity} records are unacknowledged; when full, the client's event dispatcher
 *       is held for up to {@code blockTimeout} (backpressure: the client's event queue fills and its
 *       overflow policy applies), then events are dropped, counted in {@link #stats()} and logged,
 *       until room appears. A dropped event leaves a hole in {@code seq}; nothing else is lost.</li>
 *   <li><b>Live resync</b> ({@link Builder#live}, off by default): after each gap record, the
 *       changes the {@code amiable-live} resync found ({@code change} records keyed by the call's
 *       Linkedid, else the server id) and one {@code resynced} record keyed by the server id.</li>
 * </ul>
 *
 * <p>Threads: the listeners run on each client's event dispatcher, which writes the value and hands
 * the record to the producer itself; while the broker is unreachable, records wait in order for the
 * {@code amiable-kafka-sender} thread, which retries them; acknowledgements arrive on the
 * producer's I/O thread. With {@code live(true)}, a resync's records are written on the thread that
 * delivers the live model's changes (the dispatcher, or the client's response thread when a list
 * action is refused). {@link #add}, {@link #stats()} and {@link #close()}
 * may be called from any thread.
 */
public final class KafkaBridge implements AutoCloseable {
    private final String topic;
    private final BridgeFormat format;
    private final Producer<byte[], byte[]> producer;
    private final BoundedBuffer buffer;
    private final Sender sender;
    private final Duration closeTimeout;
    private final List<ServerPublisher> servers = new ArrayList<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final List<LivePbx> lives = new ArrayList<>();
    private final boolean live;
    private boolean closed;

    private KafkaBridge(Builder b) {
        this.topic = b.topic;
        this.format = b.format;
        this.buffer = new BoundedBuffer(b.bufferCapacity, b.blockTimeout);
        this.closeTimeout = b.closeTimeout;
        this.live = b.live;
        this.producer = new KafkaProducer<>(ProducerSettings.of(b.bootstrapServers, b.properties),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.sender = new Sender(producer);
    }

    /** A builder; {@code bootstrapServers} and {@code topic} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts publishing {@code client}'s events as server {@code serverId} (epoch 1 from now). Add
     * it before turning the client's events on to miss none. The bridge does not own the client:
     * close it yourself, after the bridge.
     *
     * @throws IllegalArgumentException when {@code serverId} is empty or already added
     * @throws IllegalStateException    when the bridge is closed
     */
    public synchronized void add(String serverId, AmiClient client) {
        Objects.requireNonNull(client, "client");
        if (serverId == null || serverId.isEmpty()) {
            throw new IllegalArgumentException("server id must not be empty");
        }
        if (closed) {
            throw new IllegalStateException("bridge closed");
        }
        if (servers.stream().anyMatch(s -> s.server().equals(serverId))) {
            throw new IllegalArgumentException("server id '" + serverId + "' added twice");
        }
        ServerPublisher p = new ServerPublisher(serverId, topic, sender, buffer,
                RecordFormat.of(format, serverId), client);
        servers.add(p);
        registrations.add(client.addConnectionListener(p));
        registrations.add(client.addListener(p));
        if (live) {
            LivePbx pbx = LivePbx.attach(client);
            lives.add(pbx);
            registrations.add(pbx.addChangeListener(p));
        }
    }

    /** The counters now. */
    public synchronized BridgeStats stats() {
        List<BridgeStats.Server> list = new ArrayList<>(servers.size());
        for (ServerPublisher p : servers) {
            list.add(new BridgeStats.Server(p.server(), p.epoch(), p.seq(), p.received(), p.published(),
                    p.dropped(), p.failed(), p.clientDropped(), p.clientOverflows(), p.changes()));
        }
        return new BridgeStats(buffer.capacity(), buffer.size(), buffer.overflowing(), List.copyOf(list));
    }

    /**
     * Blocks until every record handed over so far is acknowledged or failed, or {@code timeout}
     * passed (records wait while the broker is down, so with the broker down it returns false after
     * {@code timeout}). Events a client has read but not yet handed to the bridge (still in its
     * event queue, or being written on its dispatcher) are not waited for: to wait for those too,
     * check {@code AmiStats} ({@code eventsDelivered + eventsDropped == eventsReceived}) first.
     *
     * @return false when the timeout passed first
     */
    public boolean flush(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        return sender.flush(timeout)
                && buffer.awaitEmpty(timeout.minusNanos(Math.min(timeout.toNanos(), System.nanoTime() - start)));
    }

    /** The topic written to. */
    public String topic() {
        return topic;
    }

    /**
     * Stops listening to the clients (and stops their live models), waits up to the close timeout
     * for the buffered records, and closes the producer within what is left of it (records still
     * unacknowledged then, e.g. because the broker is down, are counted as failed). Returns within
     * about the close timeout. Idempotent.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            registrations.forEach(Registration::close);
            lives.forEach(LivePbx::close);
        }
        long start = System.nanoTime();
        try {
            flush(closeTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.close();
        producer.close(closeTimeout.minusNanos(Math.min(closeTimeout.toNanos(), System.nanoTime() - start)));
    }

    /** Settings of a {@link KafkaBridge}. */
    public static final class Builder {
        private String bootstrapServers;
        private String topic;
        private BridgeFormat format = BridgeFormat.JSON;
        private int bufferCapacity = 65_536;
        private Duration blockTimeout = Duration.ofSeconds(5);
        private Duration closeTimeout = Duration.ofSeconds(30);
        private boolean live;
        private final Map<String, Object> properties = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** The brokers to start from, {@code host:port[,host:port…]}. Required. */
        public Builder bootstrapServers(String servers) {
            this.bootstrapServers = Objects.requireNonNull(servers, "servers");
            return this;
        }

        /** The topic to write to. Required. */
        public Builder topic(String topic) {
            this.topic = Objects.requireNonNull(topic, "topic");
            return this;
        }

        /** The value format; {@link BridgeFormat#JSON} by default. */
        public Builder format(BridgeFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** Records held unacknowledged at most, over all servers (65,536 by default). */
        public Builder bufferCapacity(int records) {
            if (records <= 0) {
                throw new IllegalArgumentException("bufferCapacity must be positive");
            }
            this.bufferCapacity = records;
            return this;
        }

        /**
         * How long an event dispatcher waits for room in a full buffer before events are dropped
         * (5 s by default; zero drops at once).
         */
        public Builder blockTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("blockTimeout must not be negative");
            }
            this.blockTimeout = timeout;
            return this;
        }

        /**
         * Whether to follow each PBX with {@code amiable-live} (off by default). When on, after each
         * gap record the bridge writes what the live model's resync found changed while the link
         * was down: one {@code change} record per change (a call, a channel, a queue… added,
         * changed or removed; keyed by the call's Linkedid, else the server id), then one
         * {@code resynced} record keyed by the server id. The live model sends the resync's list
         * actions ({@code CoreShowChannels}, …) on each client, at {@link #add} and after each
         * reconnect, so the AMI user needs the rights to run them.
         */
        public Builder live(boolean on) {
            this.live = on;
            return this;
        }

        /** How long {@link #close()} waits for buffered records (30 s by default). */
        public Builder closeTimeout(Duration timeout) {
            this.closeTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * A Kafka producer property ({@code linger.ms}, {@code compression.type}, security
         * settings…). The bridge's guarantees are not negotiable: {@code enable.idempotence} other
         * than true, {@code acks} other than {@code all}/{@code -1}, or more than 5
         * {@code max.in.flight.requests.per.connection} are refused when the bridge is built.
         */
        public Builder producerProperty(String key, Object value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Creates the producer (it connects lazily) and the bridge.
         *
         * @throws IllegalArgumentException when a required setting is missing or a property is refused
         */
        public KafkaBridge build() {
            if (bootstrapServers == null || bootstrapServers.isBlank()) {
                throw new IllegalArgumentException("bootstrapServers is required");
            }
            if (topic == null || topic.isBlank()) {
                throw new IllegalArgumentException("topic is required");
            }
            return new KafkaBridge(this);
        }
    }
}
