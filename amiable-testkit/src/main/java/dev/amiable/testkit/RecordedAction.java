package dev.amiable.testkit;

import dev.amiable.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One action as the server received it, for assertions: its headers in wire order (keys
 * case-insensitive, repeats kept), the exact bytes, and the session it came on. Immutable.
 */
public final class RecordedAction {
    private final int sessionId;
    private final long sequence;
    private final List<Header> headers;
    private final byte[] raw;
    /** The {@code Action} header's value, looked up once (the server asks for it several times per action). */
    private final String name;

    /** Built by the server; public so handlers can be unit-tested with hand-made actions. */
    public RecordedAction(int sessionId, long sequence, List<Header> headers, byte[] raw) {
        this.sessionId = sessionId;
        this.sequence = sequence;
        this.headers = Collections.unmodifiableList(new ArrayList<>(headers));
        this.raw = raw.clone();
        String a = get("Action");
        this.name = a == null ? "" : a;
    }

    /** A hand-made action from alternating keys and values (for tests of handlers). */
    public static RecordedAction of(String... keysAndValues) {
        Message m = Message.of(keysAndValues);
        return new RecordedAction(0, 0, m.headers(), m.toBytes());
    }

    /** The {@code Action} header's value as sent, or {@code ""} when there is none. */
    public String name() {
        return name;
    }

    /** Whether the action's name is {@code name}, ignoring case. */
    public boolean is(String name) {
        return name().equalsIgnoreCase(name);
    }

    /** The {@code ActionID} the client sent, or null. */
    public String actionId() {
        return get("ActionID");
    }

    /** The first value of {@code key} (case-insensitive), or null. */
    public String get(String key) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(key)) {
                return h.value();
            }
        }
        return null;
    }

    /** Every value of {@code key} (case-insensitive), in order; empty when none. */
    public List<String> getAll(String key) {
        List<String> out = new ArrayList<>(2);
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(key)) {
                out.add(h.value());
            }
        }
        return out;
    }

    /** All header lines in wire order. */
    public List<Header> headers() {
        return headers;
    }

    /** The exact bytes received, from the first header line up to, not including, the blank line. */
    public byte[] raw() {
        return raw.clone();
    }

    /** {@link #raw()} as UTF-8 text. */
    public String rawText() {
        return new String(raw, StandardCharsets.UTF_8);
    }

    /** The id of the session (connection) it came on; sessions are numbered from 1 in accept order. */
    public int sessionId() {
        return sessionId;
    }

    /** Position among all actions the server received, from 1. */
    public long sequence() {
        return sequence;
    }

    @Override
    public String toString() {
        return "RecordedAction#" + sequence + "@session" + sessionId + " " + headers;
    }
}
