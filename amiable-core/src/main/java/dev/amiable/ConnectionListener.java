package dev.amiable;

/**
 * Hears about the connection rather than the PBX. Every method has a no-op default. Called on
 * the event dispatcher (the user executor if one is configured), never on the socket reader.
 */
public interface ConnectionListener {
    /**
     * The state changed.
     *
     * @param cause why, for {@code RECONNECTING} and {@code CLOSED} after a failure; otherwise null
     */
    default void onStateChange(ConnectionState state, Throwable cause) {
    }

    /** The server sent something that is not valid AMI; the connection skipped it and goes on. */
    default void onProtocolError(AmiProtocolException error) {
    }

    /**
     * Events were dropped because the listeners fell behind (see {@link OverflowPolicy}). Called
     * once per episode, when it ends, between the last event delivered before the gap and the
     * first one after it; also when the connection changes state during an episode.
     */
    default void onOverflow(OverflowEpisode episode) {
    }

    /** A listener threw; it stays registered and dispatch goes on. */
    default void onListenerError(Throwable error, Object event) {
    }
}
