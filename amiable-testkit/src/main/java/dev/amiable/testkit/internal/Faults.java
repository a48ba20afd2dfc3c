package dev.amiable.testkit.internal;

import dev.amiable.testkit.Fault;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Applies {@link Fault}s where they hook into a session: after the banner, around every write,
 * before reading, before and after each action, per reply message. Faults for all sessions live
 * here; faults for the next connection are handed to it when it is accepted. Thread-safe.
 */
public final class Faults {
    private final Server server;
    private final List<Fault> global = new CopyOnWriteArrayList<>();
    private final List<Fault> pending = new ArrayList<>();
    private final Object stallLock = new Object();

    Faults(Server server) {
        this.server = server;
    }

    /** Activates a fault; see {@link Fault} for scope. */
    public void install(Fault f) {
        if (f.nextConnectionOnly()) {
            synchronized (pending) {
                pending.add(f);
            }
            return;
        }
        switch (f.kind()) {
            case GARBAGE -> server.emitRaw(f.bytes());
            case CLOSE_MID_MESSAGE -> server.liveSessions().forEach(s -> s.cutNext = true);
            case SHUTDOWN -> server.shutdown(f.number() != 0);
            case RESTART -> server.restart(f.duration());
            default -> global.add(f);
        }
    }

    /** Ends every lasting fault and wakes stalled sessions. */
    public void clear() {
        global.clear();
        synchronized (pending) {
            pending.clear();
        }
        wakeStalled();
    }

    void wakeStalled() {
        synchronized (stallLock) {
            stallLock.notifyAll();
        }
    }

    /** Faults waiting for the next connection, handed over (and forgotten here) once. */
    List<Fault> takePending() {
        synchronized (pending) {
            List<Fault> out = new ArrayList<>(pending);
            pending.clear();
            return out;
        }
    }

    private boolean active(ServerSession s, Fault.Kind kind) {
        return find(s, kind, null) != null;
    }

    private Fault find(ServerSession s, Fault.Kind kind, String action) {
        for (Fault f : global) {
            if (f.kind() == kind && (action == null || f.isAbout(action))) {
                return f;
            }
        }
        for (Fault f : s.ownFaults) {
            if (f.kind() == kind && (action == null || f.isAbout(action))) {
                return f;
            }
        }
        return null;
    }

    /** Called after the banner; false when the session must end now. */
    boolean afterBanner(ServerSession s) {
        for (Fault f : s.ownFaults) {
            switch (f.kind()) {
                case GARBAGE -> s.writeRaw(f.bytes());
                case CLOSE_MID_MESSAGE -> s.cutNext = true;
                case SHUTDOWN, RESTART -> {
                    s.writeRaw(Message.event("Shutdown", "Privilege", "system,all", "Shutdown", "Cleanly",
                            "Restart", f.number() != 0 ? "True" : "False").toBytes());
                    return false;
                }
                default -> { }
            }
        }
        return !active(s, Fault.Kind.CLOSE_AFTER_BANNER);
    }

    /** Whether no fault acts on {@code s}'s writes now (no stall, slow writer or cut pending). */
    boolean plainWrites(ServerSession s) {
        return !s.cutNext && !active(s, Fault.Kind.STALL) && !active(s, Fault.Kind.SLOW_WRITER);
    }

    /** Writes {@code bytes[0, length)}; called under the session's write lock. */
    void write(ServerSession s, byte[] bytes, int length, OutputStream out) throws IOException {
        if (active(s, Fault.Kind.STALL)) {
            return;
        }
        if (s.cutNext) {
            out.write(bytes, 0, Math.max(1, length / 2));
            out.flush();
            s.close();
            return;
        }
        Fault slow = find(s, Fault.Kind.SLOW_WRITER, null);
        if (slow == null) {
            out.write(bytes, 0, length);
            out.flush();
            return;
        }
        long rate = slow.number();
        int chunk = (int) Math.max(1, Math.min(length, rate / 20));
        for (int off = 0; off < length; off += chunk) {
            int n = Math.min(chunk, length - off);
            out.write(bytes, off, n);
            out.flush();
            sleepNanos(n * 1_000_000_000L / rate);
            if (!s.isOpen()) {
                throw new IOException("closed");
            }
        }
    }

    /** Blocks the reader while the session is stalled; returns when it is not, or it closed. */
    void awaitReadable(ServerSession s) {
        synchronized (stallLock) {
            while (s.isOpen() && active(s, Fault.Kind.STALL)) {
                try {
                    stallLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * The faults that decide how an action is answered, read as it arrives (before it is recorded, so a
     * test that clears its faults once it has seen the action cannot change the outcome): null when the
     * action gets no response, else the delay to wait first ({@link Duration#ZERO} for none).
     */
    Duration answerDelay(ServerSession s, RecordedAction a) {
        if (find(s, Fault.Kind.NO_RESPONSE, a.name()) != null) {
            return null;
        }
        Fault delay = find(s, Fault.Kind.DELAY_RESPONSE, a.name());
        return delay == null ? Duration.ZERO : delay.duration();
    }

    /** Waits {@code delay} before an answer (from {@link #answerDelay}). */
    static void delay(Duration delay) {
        if (!delay.isZero()) {
            sleepNanos(delay.toNanos());
        }
    }

    /** The {@link Fault#closeAfter(int)} fault active as an action arrives, or null. */
    Fault closeAfterFault(ServerSession s) {
        return find(s, Fault.Kind.CLOSE_AFTER_ACTIONS, null);
    }

    /** Counts an answered action for a {@link Fault#closeAfter(int)} active when it arrived. */
    void afterAction(ServerSession s, Fault f) {
        if (f != null && s.countAction(f) >= f.number()) {
            s.close();
        }
    }

    /** Whether a fault drops the completion event of the reply to {@code a} (looked up once per reply). */
    boolean dropsListCompletion(ServerSession s, RecordedAction a) {
        return find(s, Fault.Kind.DROP_LIST_COMPLETION, a.name()) != null;
    }

    /** Whether {@code m} is a list's completion event ({@code EventList: Complete}). */
    static boolean isListCompletion(Message m) {
        return m.isEvent() && "Complete".equalsIgnoreCase(m.get("EventList"));
    }

    private static void sleepNanos(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
