package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Writes the messages of one reply to the asking session in blocks of about {@link #BLOCK} bytes
 * instead of one write (and one flush) per message, so a list of thousands of items costs the
 * server a few dozen writes. Only while no fault acts on the session's writes (stall, slow
 * writer, cut mid-message) as the reply begins: then each message is written on its own, so
 * faults see the same writes. Each message's kept encoding is copied once, into the block
 * (see {@link Message#writeTo}), in a buffer the session keeps from one reply to the next.
 * Used on the session's thread, for one reply; {@link #finish()} ends it.
 */
final class ReplyBlock extends OutputStream {
    /** Bytes gathered before a write. */
    static final int BLOCK = 64 * 1024;

    private final ServerSession session;
    /** Whether no fault acted on the session's writes when the reply began. */
    private final boolean plain;
    /** {@code ActionID: <id>\r\n}, or null when the action had none. */
    private final byte[] idLine;
    private final String actionId;
    private byte[] buf;
    private int size;
    private int events;

    ReplyBlock(Server server, ServerSession session, String actionId) {
        this.session = session;
        this.plain = server.faults().plainWrites(session);
        this.idLine = actionId == null ? null : Message.idLine(actionId);
        this.actionId = actionId;
        this.buf = session.takeReplyBuffer();
    }

    /** Adds one message of the reply, with the ActionID; writes the block once it is full. */
    void add(Message m) {
        boolean event = m.isEvent();
        if (!plain) {
            byte[] bytes = m.toBytes(actionId);
            if (event) {
                session.writeEvent(bytes);
            } else {
                session.writeRaw(bytes);
            }
            return;
        }
        try {
            m.writeTo(this, idLine);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: this stream only copies
        }
        if (event) {
            events++;
        }
        if (size >= BLOCK) {
            flush();
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size + len, Math.min(2 * buf.length, BLOCK + BLOCK / 4)));
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    /** Writes what was gathered (before a broadcast, and at the end of the reply). */
    @Override
    public void flush() {
        if (size == 0) {
            return;
        }
        session.writeBlock(buf, size, events); // written before it returns: the buffer is reused
        size = 0;
        events = 0;
    }

    /** Writes what is left and gives the buffer back to the session for its next reply. */
    void finish() {
        flush();
        session.giveReplyBuffer(buf);
    }
}
