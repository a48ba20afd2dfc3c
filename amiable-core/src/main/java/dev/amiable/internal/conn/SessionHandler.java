package dev.amiable.internal.conn;

import dev.amiable.AmiException;
import dev.amiable.AmiProtocolException;
import dev.amiable.EventList;
import dev.amiable.event.AmiEvent;

/** What a session reports to its owner. Called on the reader thread: must only hand work on. */
interface SessionHandler {
    /**
     * Events not consumed by a pending list, in wire order: {@code events[0..count)}. The array
     * is reused after the call returns.
     */
    void onEvents(AmiEvent[] events, int count);

    /** A list action finished; its future is being completed separately. */
    void onList(EventList<? extends AmiEvent> list);

    /** The server sent bytes that broke a limit; the session skipped them. */
    void onProtocolError(AmiProtocolException error);

    /** The session ended; called exactly once. */
    void onClosed(Session session, AmiException cause);
}
