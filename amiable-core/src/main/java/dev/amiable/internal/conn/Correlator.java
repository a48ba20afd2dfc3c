package dev.amiable.internal.conn;

import dev.amiable.InvalidActionException;
import dev.amiable.internal.codec.Frame;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Actions waiting for answers, keyed by ActionID, oldest first. Thread-safe: senders register,
 * the reader resolves, the timer expires, a lost connection fails them all.
 */
final class Correlator {
    private final LinkedHashMap<String, Pending> pending = new LinkedHashMap<>();
    /** Pending list actions; read without the lock so events skip the ActionID lookup when none. */
    private volatile int lists;
    private boolean closed;
    private Throwable closeCause;
    /**
     * The list action of the last list item, and its ActionID as bytes: reader thread only. Held
     * weakly, so that a list that has ended (and the items it gathered) is not kept for it.
     */
    private WeakReference<Pending> lastList = new WeakReference<>(null);
    private byte[] lastListId;

    /**
     * Adds an action; refuses an ActionID already in use, or any action once closed. Returns how
     * many others were pending (the sender's measure of a busy connection, under the same lock).
     */
    synchronized int register(Pending p) {
        if (closed) {
            throw closeCause instanceof RuntimeException ? (RuntimeException) closeCause
                    : new IllegalStateException(closeCause);
        }
        if (pending.containsKey(p.id)) {
            throw new InvalidActionException("ActionID " + p.id + " is already used by a pending action");
        }
        int others = pending.size();
        pending.put(p.id, p);
        p.registered = true;
        if (p.isList()) {
            lists++;
        }
        return others;
    }

    /** Whether any list action is pending: when none is, no event can be a list item. */
    boolean hasLists() {
        return lists > 0;
    }

    /**
     * The action a response belongs to: by ActionID, or, when the server sent none, the oldest
     * action still waiting for its response (Asterisk answers one session's actions in order).
     */
    synchronized Pending forResponse(String actionId) {
        if (actionId != null) {
            return pending.get(actionId);
        }
        for (Pending p : pending.values()) {
            if (!p.isList() || p.responseOfList() == null) {
                return p;
            }
        }
        return null;
    }

    /** The list action that an event with this ActionID belongs to, or null. */
    private synchronized Pending listFor(String actionId) {
        Pending p = pending.get(actionId);
        return p != null && p.isList() ? p : null;
    }

    /**
     * Reader thread: the pending list action that an event belongs to, by its ActionID (value
     * {@code idLine} of {@code frame}), or null. A list's items come one after another, so an
     * item with the same ActionID bytes as the one before it is matched without the lock and
     * without decoding the value.
     */
    Pending listFor(Frame frame, int idLine) {
        Pending last = lastList.get();
        if (last != null && last.registered && frame.valueBytesAre(idLine, lastListId)) {
            return last;
        }
        Pending p = listFor(frame.value(idLine));
        if (p != null) {
            // the value decoded to p.id, so p.id is well-formed and its UTF-8 bytes decode to it
            lastList = new WeakReference<>(p);
            lastListId = p.id.getBytes(StandardCharsets.UTF_8);
        }
        return p;
    }

    synchronized boolean remove(Pending p) {
        boolean removed = pending.remove(p.id, p);
        if (removed) {
            unregistered(p);
        }
        return removed;
    }

    /** Under the lock: {@code p} has just left the table. */
    private void unregistered(Pending p) {
        p.registered = false;
        if (p.isList()) {
            lists--;
        }
    }

    synchronized int size() {
        return pending.size();
    }

    /** Removes and returns the actions whose deadline has passed. */
    synchronized List<Pending> expire(long nowNanos) {
        List<Pending> out = null;
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (nowNanos - p.deadlineNanos >= 0) {
                it.remove();
                unregistered(p);
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(p);
            }
        }
        return out == null ? List.of() : out;
    }

    /** Refuses new actions from now on and returns every pending one, to be failed with {@code cause}. */
    synchronized List<Pending> close(RuntimeException cause) {
        closed = true;
        closeCause = cause;
        List<Pending> out = new ArrayList<>(pending.values());
        pending.clear();
        for (Pending p : out) {
            unregistered(p);
        }
        return out;
    }
}
