package dev.amiable.spring;

import dev.amiable.AuthType;
import dev.amiable.OverflowPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * How to reach and talk to one PBX: the settings of {@code AmiOptions}. Under
 * {@code amiable.servers.<name>} a setting left out takes the value given directly under
 * {@code amiable}, and a setting left out there takes Amiable's default (said in each description).
 */
public class AmiableServerProperties {
    /** Host name or address of the Asterisk Manager Interface. Default 127.0.0.1. */
    private String host;
    /** TCP port of the Asterisk Manager Interface. Default 5038 (5039 is usual with TLS). */
    private Integer port;
    /** Manager user name (a section of Asterisk's manager.conf). */
    private String username;
    /** The manager user's secret. Never logged. */
    private String secret;
    /** How to log in: PLAIN sends the secret, MD5 answers a challenge instead. Default PLAIN. */
    private AuthType authType;
    /** TLS towards the manager port. */
    @NestedConfigurationProperty
    private Tls tls = new Tls();
    /** Time for the TCP connect, TLS handshake and greeting together. Default 10s. */
    private Duration connectTimeout;
    /** Time an action may wait for its answer unless it says otherwise. Default 30s. */
    private Duration actionTimeout;
    /** Event classes the server sends: on, off, or a list such as call,agent. Default on. */
    private String eventMask;
    /** Filter expressions added on the server after every login, in order (e.g. "Event: Hangup"). */
    private List<String> filters;
    /** What to do after a lost connection (also, when fail-fast is off, while the first connection fails). */
    @NestedConfigurationProperty
    private Reconnect reconnect = new Reconnect();
    /** Pings that find a dead connection. */
    @NestedConfigurationProperty
    private KeepAlive keepAlive = new KeepAlive();
    /** How many events may wait for slow listeners before new ones are dropped. Default 65536. */
    private Integer eventQueueCapacity;
    /** What happens when the event queue is full: BLOCK slows the server down for up to event-queue-max-block, then drops; DROP_NEWEST drops at once. Default BLOCK. */
    private OverflowPolicy eventQueueOverflow;
    /** With BLOCK: how long the socket reader waits for room while listeners take no event. Keep it below Asterisk's writetimeout. Default 50ms. */
    private Duration eventQueueMaxBlock;
    /** With BLOCK: bytes of events the socket reader queues ahead of listeners that keep up, before TCP holds the rest; 0 reads ahead up to the capacity. Default 524288. */
    private Integer eventQueueReadAheadBytes;

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public AuthType getAuthType() { return authType; }
    public void setAuthType(AuthType authType) { this.authType = authType; }
    public Tls getTls() { return tls; }
    public void setTls(Tls tls) { this.tls = tls; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getActionTimeout() { return actionTimeout; }
    public void setActionTimeout(Duration actionTimeout) { this.actionTimeout = actionTimeout; }
    public String getEventMask() { return eventMask; }
    public void setEventMask(String eventMask) { this.eventMask = eventMask; }
    public List<String> getFilters() { return filters; }
    public void setFilters(List<String> filters) { this.filters = filters == null ? null : new ArrayList<>(filters); }
    public Reconnect getReconnect() { return reconnect; }
    public void setReconnect(Reconnect reconnect) { this.reconnect = reconnect; }
    public KeepAlive getKeepAlive() { return keepAlive; }
    public void setKeepAlive(KeepAlive keepAlive) { this.keepAlive = keepAlive; }
    public Integer getEventQueueCapacity() { return eventQueueCapacity; }
    public void setEventQueueCapacity(Integer eventQueueCapacity) { this.eventQueueCapacity = eventQueueCapacity; }
    public OverflowPolicy getEventQueueOverflow() { return eventQueueOverflow; }
    public void setEventQueueOverflow(OverflowPolicy policy) { this.eventQueueOverflow = policy; }
    public Duration getEventQueueMaxBlock() { return eventQueueMaxBlock; }
    public void setEventQueueMaxBlock(Duration maxBlock) { this.eventQueueMaxBlock = maxBlock; }
    public Integer getEventQueueReadAheadBytes() { return eventQueueReadAheadBytes; }
    public void setEventQueueReadAheadBytes(Integer bytes) { this.eventQueueReadAheadBytes = bytes; }

    /** TLS settings. */
    public static class Tls {
        /** Whether to connect with TLS. Default false; true when a bundle is named. */
        private Boolean enabled;
        /** Name of a Spring SSL bundle (spring.ssl.bundle.*) holding the trust material; default: the JVM's. */
        private String bundle;
        /** Whether the server's certificate must match the host name. Default true. */
        private Boolean hostnameVerification;

        public Boolean getEnabled() { return enabled; }
        public void setEnabled(Boolean enabled) { this.enabled = enabled; }
        public String getBundle() { return bundle; }
        public void setBundle(String bundle) { this.bundle = bundle; }
        public Boolean getHostnameVerification() { return hostnameVerification; }
        public void setHostnameVerification(Boolean on) { this.hostnameVerification = on; }
    }

    /** Reconnect settings: exponential backoff with jitter. */
    public static class Reconnect {
        /** Whether to reconnect after a lost connection. Default true. */
        private Boolean enabled;
        /** Wait before the first attempt. Default 500ms. */
        private Duration initialDelay;
        /** Cap on the wait between attempts. Default 30s. */
        private Duration maxDelay;
        /** Growth of the wait after each failed attempt (at least 1). Default 2. */
        private Double multiplier;
        /** Random share (0 to 1) taken off or added to each wait. Default 0.2. */
        private Double jitter;
        /** Failed attempts before giving up and closing the client; 0 for no limit. Default 0. */
        private Integer maxAttempts;

        public Boolean getEnabled() { return enabled; }
        public void setEnabled(Boolean enabled) { this.enabled = enabled; }
        public Duration getInitialDelay() { return initialDelay; }
        public void setInitialDelay(Duration initialDelay) { this.initialDelay = initialDelay; }
        public Duration getMaxDelay() { return maxDelay; }
        public void setMaxDelay(Duration maxDelay) { this.maxDelay = maxDelay; }
        public Double getMultiplier() { return multiplier; }
        public void setMultiplier(Double multiplier) { this.multiplier = multiplier; }
        public Double getJitter() { return jitter; }
        public void setJitter(Double jitter) { this.jitter = jitter; }
        public Integer getMaxAttempts() { return maxAttempts; }
        public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
    }

    /** Keep-alive settings. */
    public static class KeepAlive {
        /** How often to Ping when idle; 0 turns keep-alive off. Default 20s. */
        private Duration interval;
        /** How long a keep-alive Ping may take before the connection is presumed dead. Default 5s. */
        private Duration timeout;

        public Duration getInterval() { return interval; }
        public void setInterval(Duration interval) { this.interval = interval; }
        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
    }
}
