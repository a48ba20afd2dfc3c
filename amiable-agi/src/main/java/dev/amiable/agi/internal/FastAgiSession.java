package dev.amiable.agi.internal;

import dev.amiable.agi.AgiRequest;
import dev.amiable.agi.AgiScript;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One FastAGI connection: reads the {@code agi_*} environment up to its blank line, routes the
 * request, runs the script on the current thread and closes the socket when it ends, whatever
 * way it ends. The socket has no read timeout (a call may stay in one command for hours) and
 * TCP keep-alive on, so a vanished peer is still noticed by the system in time.
 *
 * <p>With an {@link Admission} gate, the session takes a place (first come, first served) before
 * it reads the environment, and holds it until the script has ended, except during long commands
 * (see {@link SocketConversation}); while it waits the connection stays open and what Asterisk
 * sent waits in the socket's buffer. A session the server hung up while it waited never starts.
 */
public final class FastAgiSession implements Runnable {
    private static final System.Logger LOG = System.getLogger("dev.amiable.agi");
    private static final int MAX_ENV_LINES = 1000;

    private final Socket socket;
    private final Router router;
    private final Runnable onEnd;
    private final Admission admission;
    private volatile SocketConversation conversation;
    private volatile boolean hungUpByServer;

    /** A session; {@code admission} bounds the scripts running at once, or is null for no bound. */
    public FastAgiSession(Socket socket, Router router, Admission admission, Runnable onEnd) {
        this.socket = socket;
        this.router = router;
        this.admission = admission;
        this.onEnd = onEnd;
    }

    @Override
    public void run() {
        if (admission != null) {
            admission.enter();
        }
        try {
            if (hungUpByServer) {
                return;
            }
            socket.setSoTimeout(0);
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            InputStream in = socket.getInputStream();
            LineReader reader = new LineReader(in);
            AgiRequest request = AgiRequest.of(readEnvironment(reader));
            conversation = new SocketConversation(socket, reader, admission);
            AgiScript script = router.find(request.path());
            if (script == null) {
                LOG.log(Level.WARNING, "no AGI route for " + request.path() + " (channel " + request.channelName()
                        + "); the session was closed");
                return;
            }
            ScriptRunner.run(script, conversation, request);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "AGI connection ended before its environment: " + e.getMessage());
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            if (admission != null) {
                admission.leave();
            }
            onEnd.run();
        }
    }

    private static Map<String, String> readEnvironment(LineReader reader) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < MAX_ENV_LINES; i++) {
            if (!reader.readVariable(env)) {
                return env;
            }
        }
        throw new IOException("AGI environment longer than " + MAX_ENV_LINES + " lines");
    }

    /** Adds one {@code agi_name: value} line to {@code env}; a line without a colon is skipped. */
    public static void putVariable(Map<String, String> env, String line) {
        int colon = line.indexOf(':');
        if (colon > 0) {
            int keyStart = 0;
            int keyEnd = colon;
            while (keyStart < keyEnd && line.charAt(keyStart) <= ' ') {
                keyStart++;
            }
            while (keyEnd > keyStart && line.charAt(keyEnd - 1) <= ' ') {
                keyEnd--;
            }
            int valueStart = colon + 1 < line.length() && line.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1;
            env.put(line.substring(keyStart, keyEnd), line.substring(valueStart));
        }
    }

    /** At the shutdown deadline: asks Asterisk to hang up and closes the socket. Any thread. */
    public void hangUp() {
        hungUpByServer = true;
        SocketConversation c = conversation;
        if (c != null) {
            c.hangUpAndClose();
        } else {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
