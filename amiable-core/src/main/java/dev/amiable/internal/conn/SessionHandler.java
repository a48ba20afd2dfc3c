package dev.amiable.internal.conn;

import dev.amiable.AmiException;
import dev.amiable.AmiProtocolException;
import dev.amiable.EventList;
import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Frame;

/** What a session reports to its owner. Called on the reader thread: must only hand work on. */
interface SessionHandler {
    /**
     * Event frames not consumed by a pending list, in wire order: {@code events[0..count)}, not
     * typed yet (that happens on the way to the listeners, off the reader). The handler owns
     * the array from now on: the session never writes to it again.
     */
    void onEvents(Frame[] events, int count);

    /** A list action finished; its future is being completed separately. */
    void onList(EventList<? extends AmiEvent> list);

    /** The server sent bytes that broke a limit; the session skipped them. */
    void onProtocolError(AmiProtocolException error);

    /** The session ended; called exactly once. */
    void onClosed(Session session, AmiException cause);
}
