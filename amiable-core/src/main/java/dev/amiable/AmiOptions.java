package dev.amiable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * How to reach and talk to one Asterisk. Immutable; {@link #toString()} never shows the secret.
 *
 * <pre>{@code
 * AmiOptions options = AmiOptions.builder()
 *         .host("pbx.example.com").port(5038)
 *         .username("admin").secret("amp111")
 *         .build();
 * }</pre>
 */
public final class AmiOptions {
    private final String host;
    private final int port;
    private final String username;
    private final String secret;
    private final AuthType authType;
    private final SSLContext sslContext;
    private final boolean hostnameVerification;
    private final Duration connectTimeout;
    private final Duration actionTimeout;
    private final String eventMask;
    private final List<String> filters;
    private final Duration keepAliveInterval;
    private final Duration keepAliveTimeout;
    private final ReconnectPolicy reconnect;
    private final int eventQueueCapacity;
    private final OverflowPolicy overflowPolicy;
    private final Duration maxBlock;
    private final int readAheadBytes;
    private final Executor eventExecutor;
    private final Limits limits;

    private AmiOptions(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.username = b.username;
        this.secret = b.secret;
        this.authType = b.authType;
        this.sslContext = b.sslContext;
        this.hostnameVerification = b.hostnameVerification;
        this.connectTimeout = b.connectTimeout;
        this.actionTimeout = b.actionTimeout;
        this.eventMask = b.eventMask;
        this.filters = List.copyOf(b.filters);
        this.keepAliveInterval = b.keepAliveInterval;
        this.keepAliveTimeout = b.keepAliveTimeout;
        this.reconnect = b.reconnect;
        this.eventQueueCapacity = b.eventQueueCapacity;
        this.overflowPolicy = b.overflowPolicy;
        this.maxBlock = b.maxBlock;
        this.readAheadBytes = b.readAheadBytes;
        this.eventExecutor = b.eventExecutor;
        this.limits = b.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.username = username;
        b.secret = secret;
        b.authType = authType;
        b.sslContext = sslContext;
        b.hostnameVerification = hostnameVerification;
        b.connectTimeout = connectTimeout;
        b.actionTimeout = actionTimeout;
        b.eventMask = eventMask;
        b.filters.addAll(filters);
        b.keepAliveInterval = keepAliveInterval;
        b.keepAliveTimeout = keepAliveTimeout;
        b.reconnect = reconnect;
        b.eventQueueCapacity = eventQueueCapacity;
        b.overflowPolicy = overflowPolicy;
        b.maxBlock = maxBlock;
        b.readAheadBytes = readAheadBytes;
        b.eventExecutor = eventExecutor;
        b.limits = limits;
        return b;
    }

    public String host() { return host; }
    public int port() { return port; }
    public String username() { return username; }
    /** The secret; kept out of {@link #toString()}, logs and exceptions. */
    public String secret() { return secret; }
    public AuthType authType() { return authType; }
    /** The TLS context, or null for plain TCP. */
    public SSLContext sslContext() { return sslContext; }
    public boolean hostnameVerification() { return hostnameVerification; }
    public Duration connectTimeout() { return connectTimeout; }
    public Duration actionTimeout() { return actionTimeout; }
    /** The {@code Events:} value sent at login: {@code on}, {@code off} or a class list like {@code call,agent}. */
    public String eventMask() { return eventMask; }
    /** {@code Filter} expressions added after every login, in order. */
    public List<String> filters() { return filters; }
    /** How often to Ping when idle; {@link Duration#ZERO} turns keep-alive off. */
    public Duration keepAliveInterval() { return keepAliveInterval; }
    /** How long a keep-alive Ping may take before the connection is presumed dead. */
    public Duration keepAliveTimeout() { return keepAliveTimeout; }
    public ReconnectPolicy reconnect() { return reconnect; }
    /** Most events waiting for listeners (default 65,536). */
    public int eventQueueCapacity() { return eventQueueCapacity; }
    /** What happens when the event queue is full (default {@link OverflowPolicy#BLOCK}). */
    public OverflowPolicy overflowPolicy() { return overflowPolicy; }
    /** With {@link OverflowPolicy#BLOCK}: how long the reader waits while listeners take no event (default 50 ms). */
    public Duration maxBlock() { return maxBlock; }
    /**
     * With {@link OverflowPolicy#BLOCK}: bytes of events the reader queues ahead of listeners that
     * keep up, before it lets TCP hold the rest (default 512 KiB; 0: read ahead up to the capacity).
     */
    public int readAheadBytes() { return readAheadBytes; }
    /** Where listeners run; null for Amiable's own dispatcher thread. */
    public Executor eventExecutor() { return eventExecutor; }
    public Limits limits() { return limits; }

    @Override
    public String toString() {
        return "AmiOptions{" + (sslContext != null ? "tls://" : "tcp://") + host + ":" + port + ", user=" + username
                + ", secret=" + (secret == null ? "none" : "******") + ", auth=" + authType + ", events=" + eventMask
                + ", reconnect=" + (reconnect.enabled() ? "on" : "off") + "}";
    }

    /**
     * Bounds on what is accepted from the server. A message that breaks one is skipped, reported
     * to {@link ConnectionListener#onProtocolError} and the connection goes on; a response that
     * breaks one also fails its action at once with that {@link AmiProtocolException}.
     *
     * @param maxLineBytes    longest header line (default 64 KiB)
     * @param maxHeaders      most header lines per message (default 4,096)
     * @param maxMessageBytes largest message, command output not counted (default 4 MiB)
     * @param maxCommandOutputBytes most bytes of {@code Command} output in one response, in
     *        either format; its lines count against no other limit (default 64 MiB, at most
     *        2 GiB minus {@code maxMessageBytes})
     */
    public record Limits(int maxLineBytes, int maxHeaders, int maxMessageBytes, long maxCommandOutputBytes) {
        public static final Limits DEFAULT = new Limits(64 * 1024, 4096, 4 * 1024 * 1024);

        /** With the default command output bound (64 MiB). */
        public Limits(int maxLineBytes, int maxHeaders, int maxMessageBytes) {
            this(maxLineBytes, maxHeaders, maxMessageBytes, 64L * 1024 * 1024);
        }
    }

    /** Builds {@link AmiOptions}; only {@code username} and {@code secret} are required. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 5038;
        private String username;
        private String secret;
        private AuthType authType = AuthType.PLAIN;
        private SSLContext sslContext;
        private boolean hostnameVerification = true;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration actionTimeout = Duration.ofSeconds(30);
        private String eventMask = "on";
        private final List<String> filters = new ArrayList<>();
        private Duration keepAliveInterval = Duration.ofSeconds(20);
        private Duration keepAliveTimeout = Duration.ofSeconds(5);
        private ReconnectPolicy reconnect = ReconnectPolicy.DEFAULT;
        private int eventQueueCapacity = 65_536;
        private OverflowPolicy overflowPolicy = OverflowPolicy.BLOCK;
        private Duration maxBlock = Duration.ofMillis(50);
        private int readAheadBytes = 512 * 1024;
        private Executor eventExecutor;
        private Limits limits = Limits.DEFAULT;

        private Builder() {
        }

        public Builder host(String host) { this.host = Objects.requireNonNull(host, "host"); return this; }
        /** Default 5038 (5039 is the usual TLS port). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }
        public Builder username(String username) { this.username = username; return this; }
        public Builder secret(String secret) { this.secret = secret; return this; }
        /** {@link AuthType#PLAIN} (default) or {@link AuthType#MD5}. */
        public Builder authType(AuthType authType) { this.authType = Objects.requireNonNull(authType); return this; }
        /** Connects with TLS using this context (AMI over TLS usually listens on 5039). */
        public Builder tls(SSLContext context) { this.sslContext = context; return this; }
        /** Whether the server's certificate must match the host name (default true). */
        public Builder hostnameVerification(boolean on) { this.hostnameVerification = on; return this; }
        /** Time for the TCP connect, TLS handshake and greeting together (default 10 s). */
        public Builder connectTimeout(Duration d) { this.connectTimeout = positive(d, "connectTimeout"); return this; }
        /** Default time an action may wait for its answer (default 30 s). */
        public Builder actionTimeout(Duration d) { this.actionTimeout = positive(d, "actionTimeout"); return this; }
        /** {@code on} (default), {@code off}, or classes such as {@code call,agent,system}. */
        public Builder eventMask(String mask) { this.eventMask = Objects.requireNonNull(mask); return this; }
        /** Adds a {@code Filter} expression applied after every login (e.g. {@code Event: Hangup}). */
        public Builder filter(String expression) { this.filters.add(Objects.requireNonNull(expression)); return this; }
        /** Ping every {@code interval} (zero: off) and presume the connection dead after {@code timeout} without answer. */
        public Builder keepAlive(Duration interval, Duration timeout) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("keep-alive interval must not be negative");
            }
            this.keepAliveInterval = interval;
            this.keepAliveTimeout = positive(timeout, "keepAliveTimeout");
            return this;
        }
        public Builder reconnect(ReconnectPolicy policy) { this.reconnect = Objects.requireNonNull(policy); return this; }
        /** How many events may wait for slow listeners before the {@link #overflowPolicy overflow policy} applies (default 65,536). */
        public Builder eventQueueCapacity(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("eventQueueCapacity must be positive");
            }
            this.eventQueueCapacity = n;
            return this;
        }
        /**
         * What the reader does when the event queue is full: {@link OverflowPolicy#BLOCK} (default)
         * waits for room up to {@link #maxBlock}; {@link OverflowPolicy#DROP_NEWEST} drops at once.
         */
        public Builder overflowPolicy(OverflowPolicy policy) { this.overflowPolicy = Objects.requireNonNull(policy); return this; }
        /**
         * With {@link OverflowPolicy#BLOCK}: how long the reader waits for room while the listeners
         * take no event, before it drops (default 50 ms). Keep it below the server's
         * {@code writetimeout} (Asterisk: 100 ms by default), or the server drops the connection.
         */
        public Builder maxBlock(Duration d) { this.maxBlock = positive(d, "maxBlock"); return this; }
        /**
         * With {@link OverflowPolicy#BLOCK}: once this many bytes of events wait (default 512 KiB,
         * about a thousand Asterisk events), the reader stops reading until the listeners have taken
         * half of them, as long as they keep taking events and no action awaits its response. The
         * backlog then waits in TCP's buffers, not in the heap, and the events listeners read are
         * still in the CPU's caches: on a sustained stream this halves the CPU per event. When the
         * listeners take nothing for a fifth of {@link #maxBlock}, or a response is awaited, the
         * reader reads ahead again, up to {@link #eventQueueCapacity} events. 0 turns it off: the
         * reader then reads ahead up to the capacity, as with {@code DROP_NEWEST} (which ignores
         * this setting).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder readAheadBytes(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("readAheadBytes must not be negative");
            }
            this.readAheadBytes = bytes;
            return this;
        }
        /** Runs listeners on this executor instead of Amiable's dispatcher thread; order is kept. */
        public Builder eventExecutor(Executor executor) { this.eventExecutor = executor; return this; }
        public Builder limits(Limits limits) { this.limits = Objects.requireNonNull(limits); return this; }

        /** @throws IllegalArgumentException when username or secret is missing */
        public AmiOptions build() {
            if (username == null || username.isEmpty()) {
                throw new IllegalArgumentException("username is required");
            }
            if (secret == null) {
                throw new IllegalArgumentException("secret is required");
            }
            return new AmiOptions(this);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return d;
        }
    }
}
