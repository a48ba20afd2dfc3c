package dev.amiable.testkit;

/**
 * One client connection as the fake server sees it, handed to {@link ActionHandler}s and
 * listed by {@link FakeAsterisk#sessions()}. Thread-safe: writes are serialised per session.
 */
public interface AmiSession {
    /** Numbered from 1 in accept order. */
    int id();

    /** The user who logged in, or null before a successful Login. */
    String username();

    boolean authenticated();

    /** Whether events of {@code privilege} (an event's {@code Privilege} value) would reach this session now. */
    boolean wantsEvent(String privilege);

    /** Writes one message to this client, as is. A closed session ignores it. */
    void send(Message message);

    /** Writes bytes to this client, as is. A closed session ignores it. */
    void sendRaw(byte[] bytes);

    /** Events (messages starting with {@code Event:}) written to this session so far. */
    long eventsSent();

    boolean isOpen();

    /** Closes the socket; the client sees EOF. */
    void close();
}
