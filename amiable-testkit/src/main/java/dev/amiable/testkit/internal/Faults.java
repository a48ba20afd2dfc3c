package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where faults hook into a session: every write, every action before it is answered, every
 * message of a reply. With no fault active, writes go straight to the socket.
 */
public class Faults {
    /** Writes {@code bytes} to the session's socket; called under the session's write lock. */
    void write(ServerSession s, byte[] bytes, OutputStream out) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Whether the action should be answered at all. */
    boolean beforeAction(ServerSession s, RecordedAction a) {
        return true;
    }

    /** Whether one message of a reply should be written. */
    boolean beforeReply(ServerSession s, RecordedAction a, Message m) {
        return true;
    }
}
