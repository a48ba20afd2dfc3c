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
 *
 * <p>With an {@link Admission} gate, the session gives its place up for the length of each
 * {@linkplain LongCommands long command} and takes one back before the script goes on, whatever
 * way the command ended. The command line goes out from the buffer the conversation keeps
 * ({@link CommandLine}).
 */
public final class SocketConversation extends Conversation {
    private static final int MAX_USAGE_LINES = 500;

    private final Socket socket;
    private final LineReader reader;
    private final OutputStream out;
    private final Admission admission;
    private final Object writeLock = new Object();
    private boolean hangupLine;

    /** A conversation over {@code socket}; {@code admission} is the gate the session holds a place of, or null. */
    public SocketConversation(Socket socket, LineReader reader, Admission admission) throws IOException {
        this.socket = socket;
        this.reader = reader;
        this.out = socket.getOutputStream();
        this.admission = admission;
    }

    @Override
    protected List<String> exchange(String command, CommandLine line) {
        if (admission == null || !LongCommands.isLong(command)) {
            return roundTrip(command, line);
        }
        admission.leave();
        try {
            return roundTrip(command, line);
        } finally {
            admission.resume();
        }
    }

    private List<String> roundTrip(String command, CommandLine line) {
        try {
            synchronized (writeLock) {
                out.write(line.bytes(), 0, line.length());
                out.flush();
            }
            String first = reader.readLine();
            while (first.equals("HANGUP")) {
                hangupLine = true;
                first = reader.readLine();
            }
            List<String> lines;
            if (first.startsWith("520-")) {
                lines = new ArrayList<>(8);
                lines.add(first);
                String next;
                do {
                    next = reader.readLine();
                    lines.add(next);
                } while (!next.startsWith("520 ") && lines.size() < MAX_USAGE_LINES);
            } else {
                lines = List.of(first);
            }
            if (hangupLine) {
                throw new AgiHangupException(command + ": the channel hung up (HANGUP)");
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
