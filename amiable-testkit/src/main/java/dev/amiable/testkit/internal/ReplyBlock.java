package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import java.io.ByteArrayOutputStream;

/**
 * Writes the messages of one reply to the asking session in blocks of about {@link #BLOCK} bytes
 * instead of one write (and one flush) per message, so a list of thousands of items costs the
 * server a few dozen writes. Only while no fault acts on the session's writes (stall, slow
 * writer, cut mid-message): then each message is written on its own as before, so faults see
 * the same writes. Used on the session's thread, for one reply.
 */
final class ReplyBlock {
    /** Bytes gathered before a write. */
    static final int BLOCK = 64 * 1024;

    private final Server server;
    private final ServerSession session;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    private int events;

    ReplyBlock(Server server, ServerSession session) {
        this.server = server;
        this.session = session;
    }

    /** Adds one message of the reply; writes the block once it is full. */
    void add(Message m) {
        if (!server.faults().plainWrites(session)) {
            flush();
            if (m.isEvent()) {
                session.send(m);
            } else {
                session.writeRaw(m.toBytes());
            }
            return;
        }
        buf.writeBytes(m.toBytes());
        if (m.isEvent()) {
            events++;
        }
        if (buf.size() >= BLOCK) {
            flush();
        }
    }

    /** Writes what was gathered (before a broadcast, and at the end of the reply). */
    void flush() {
        if (buf.size() > 0) {
            session.writeBlock(buf.toByteArray(), events);
            buf.reset();
            events = 0;
        }
    }
}
