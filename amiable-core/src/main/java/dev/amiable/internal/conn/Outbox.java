package dev.amiable.internal.conn;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The bytes a session has still to write, and who writes them.
 *
 * <p>The sender says whether to write now ({@link Session} does for a lone action): then the
 * sending thread writes at once, the lowest latency there is. Otherwise (an action in a burst)
 * the bytes are queued and a writer thread writes all that is queued in one call: a burst from
 * one thread leaves in a few TCP segments instead of one each, and nothing waits for a timer or
 * an acknowledgement (unlike Nagle's algorithm, which the socket has off). Whoever writes takes
 * everything queued so far; bytes go out in the order they were appended. Only one thread writes
 * at a time, outside the lock, so senders never wait for the socket.
 */
final class Outbox {
    private final OutputStream out;
    private final String writerName;
    private final Consumer<IOException> onWriterFailure;
    private byte[] queued = new byte[4096];
    private byte[] spare = new byte[4096];
    private int queuedLength;
    private boolean writing;
    private boolean handedOff;
    private boolean closed;
    private Thread writer;

    /**
     * @param out             the socket's stream, unbuffered
     * @param writerName      the name of the writer thread, started on the first hand-off
     * @param onWriterFailure told when a write on the writer thread fails (the outbox is closed by then)
     */
    Outbox(OutputStream out, String writerName, Consumer<IOException> onWriterFailure) {
        this.out = out;
        this.writerName = writerName;
        this.onWriterFailure = onWriterFailure;
    }

    /**
     * Queues {@code length} bytes. Returns {@code true} when the caller must now call
     * {@link #drain()} itself: {@code writeNow} was asked and nobody else is writing. Otherwise the
     * bytes go with the current writer or the writer thread.
     *
     * @throws IOException if the outbox is closed
     */
    synchronized boolean append(byte[] bytes, int length, boolean writeNow) throws IOException {
        if (closed) {
            throw new IOException("connection is closed");
        }
        if (queuedLength + length > queued.length) {
            queued = Arrays.copyOf(queued, Math.max(queued.length * 2, queuedLength + length));
        }
        System.arraycopy(bytes, 0, queued, queuedLength, length);
        queuedLength += length;
        if (writing) {
            return false;
        }
        writing = true;
        if (writeNow) {
            return true;
        }
        handedOff = true;
        if (writer == null) {
            writer = new Thread(this::writerLoop, writerName);
            writer.setDaemon(true);
            writer.start();
        } else {
            notifyAll();
        }
        return false;
    }

    /** Writes until nothing is queued. Called by the thread that {@link #append} chose. */
    void drain() throws IOException {
        while (true) {
            byte[] chunk;
            int length;
            synchronized (this) {
                if (queuedLength == 0 || closed) {
                    writing = false;
                    return;
                }
                chunk = queued;
                length = queuedLength;
                queued = spare;
                spare = chunk;
                queuedLength = 0;
            }
            try {
                out.write(chunk, 0, length);
            } catch (IOException e) {
                close();
                throw e;
            }
        }
    }

    /** Refuses further bytes and ends the writer thread; bytes still queued are dropped. */
    synchronized void close() {
        closed = true;
        writing = false;
        queuedLength = 0;
        notifyAll();
    }

    /** Waits for the writer thread (if one was started) to end after {@link #close()}. */
    void join(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = writer;
        }
        if (t != null && t != Thread.currentThread()) {
            t.join(millis);
        }
    }

    private void writerLoop() {
        while (true) {
            synchronized (this) {
                while (!handedOff && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                handedOff = false;
            }
            try {
                drain();
            } catch (IOException e) {
                onWriterFailure.accept(e);
                return;
            }
        }
    }
}
