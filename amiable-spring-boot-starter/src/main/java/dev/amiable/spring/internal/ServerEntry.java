package dev.amiable.spring.internal;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;

/**
 * One PBX of the context: its name, its client, where it is (when the starter made the client)
 * and the last connection error seen. Fed on the client's dispatcher, read by health on any thread.
 */
public final class ServerEntry implements ConnectionListener {
    private final String name;
    private final AmiClient client;
    private final AmiOptions options;
    private volatile String lastError;
    private volatile Object live;

    ServerEntry(String name, AmiClient client, AmiOptions options) {
        this.name = name;
        this.client = client;
        this.options = options;
    }

    public String name() {
        return name;
    }

    public AmiClient client() {
        return client;
    }

    /** The options the starter built the client from; null for a client the application made. */
    public AmiOptions options() {
        return options;
    }

    /** The message of the last failure that changed the state, or null if none yet. */
    public String lastError() {
        return lastError;
    }

    /** The live state kept for this server (a {@code LivePbx}), or null. */
    public Object live() {
        return live;
    }

    void live(Object livePbx) {
        this.live = livePbx;
    }

    @Override
    public void onStateChange(ConnectionState state, Throwable cause) {
        if (cause != null) {
            lastError = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        }
    }
}
