package dev.amiable;

/** Where a client's connection is in its life. */
public enum ConnectionState {
    /** Opening the socket and logging in for the first time. */
    CONNECTING,
    /** Logged in; actions can be sent and events arrive. */
    CONNECTED,
    /** The connection was lost; waiting to reconnect and log in again. Actions fail meanwhile. */
    RECONNECTING,
    /** Closed by the user, by a refused login, or after a loss with reconnect off. Final. */
    CLOSED
}
