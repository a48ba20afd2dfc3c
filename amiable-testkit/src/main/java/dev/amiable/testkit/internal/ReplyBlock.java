package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the messages of one reply to the asking session in blocks of about {@link #BLOCK} bytes
 * instead of one write (and one flush) per message, so a list of thousands of items costs the
 * server a few dozen writes. Only while no fault acts on the session's writes (stall, slow
 * writer, cut mid-message) as the reply begins: then each message is written on its own, so
 * faults see the same writes. The messages' bytes are kept apart and joined once per block.
 * Used on the session's thread, for one reply.
 */
final class ReplyBlock {
    /** Bytes gathered before a write. */
    static final int BLOCK = 64 * 1024;

    private final ServerSession session;
    /** Whether no fault acted on the session's writes when the reply began. */
    private final boolean plain;
    private final List<byte[]> parts = new ArrayList<>();
    private int size;
    private int events;

    ReplyBlock(Server server, ServerSession session) {
        this.session = session;
        this.plain = server.faults().plainWrites(session);
    }

    /** Adds one message of the reply, {@code bytes} being its wire form; writes the block once it is full. */
    void add(Message m, byte[] bytes) {
        boolean event = m.isEvent();
        if (!plain) {
            if (event) {
                session.writeEvent(bytes);
            } else {
                session.writeRaw(bytes);
            }
            return;
        }
        parts.add(bytes);
        size += bytes.length;
        if (event) {
            events++;
        }
        if (size >= BLOCK) {
            flush();
        }
    }

    /** Writes what was gathered (before a broadcast, and at the end of the reply). */
    void flush() {
        if (size == 0) {
            return;
        }
        byte[] block = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, block, at, p.length);
            at += p.length;
        }
        session.writeBlock(block, events);
        parts.clear();
        size = 0;
        events = 0;
    }
}
