package dev.amiable.agi.internal;

import dev.amiable.agi.AgiHangupException;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * FastAGI's side of a {@link Conversation}: one command line out, its reply lines back, over the
 * session's socket, with no read timeout. A {@code HANGUP} line (Asterisk's notice that the call
 * ended, which may come before any reply) is noted, the reply that follows is still read so the
 * stream stays in step, and the command then fails with {@link AgiHangupException}.
 */
public final class SocketConversation extends Conversation {
    private static final int MAX_USAGE_LINES = 500;

    private final Socket socket;
    private final LineReader reader;
    private final OutputStream out;
    private final Object writeLock = new Object();
    private boolean hangupLine;

    public SocketConversation(Socket socket, LineReader reader) throws IOException {
        this.socket = socket;
        this.reader = reader;
        this.out = socket.getOutputStream();
    }

    @Override
    protected List<String> exchange(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (writeLock) {
                out.write(bytes);
                out.flush();
            }
            List<String> lines = new ArrayList<>(1);
            String first = reader.readLine();
            while (first.equals("HANGUP")) {
                hangupLine = true;
                first = reader.readLine();
            }
            lines.add(first);
            if (first.startsWith("520-")) {
                String next;
                do {
                    next = reader.readLine();
                    lines.add(next);
                } while (!next.startsWith("520 ") && lines.size() < MAX_USAGE_LINES);
            }
            if (hangupLine) {
                throw new AgiHangupException(line.split(" ", 2)[0] + ": the channel hung up (HANGUP)");
            }
            return lines;
        } catch (EOFException e) {
            throw new AgiHangupException("Asterisk closed the AGI connection", e);
        } catch (IOException e) {
            throw new AgiHangupException("the AGI connection failed: " + e.getMessage(), e);
        }
    }

    /**
     * Ends the session from the server's side (shutdown deadline): writes {@code HANGUP} so
     * Asterisk hangs the call up, then closes the socket. Safe from any thread.
     */
    public void hangUpAndClose() {
        markHungUp("the server shut down");
        try {
            synchronized (writeLock) {
                out.write("HANGUP\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            socket.shutdownOutput();
        } catch (IOException ignored) {
            // already gone
        }
        close();
    }

    /** Closes the socket; a blocked read ends with {@link AgiHangupException}. */
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
