package dev.amiable.kafka.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Bytes;
import dev.amiable.internal.codec.Frame;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One event's header names, read once from its frame's bytes and shared by the record key and the
 * value writer: each header's name as an id of the {@link HeaderNames} table (no string is made),
 * each repeated name chained to its next occurrence (found in the same pass, without a map), and the places of
 * {@code Linkedid} and {@code Uniqueid} (ignoring ASCII case). Reused from event to event: one
 * instance per server, used by one thread at a time.
 */
public final class EventKeys {
    /** Names kept, encoded, per server; a server inventing names gets the slower path past this. */
    static final int MAX_NAMES = 4096;
    private static final byte[] EMPTY = {};

    private final HeaderNames names;
    private AmiEvent event;
    private Frame frame;
    private int[] ids = new int[32];
    /** Per header: where its value starts and ends in the frame's buffer. */
    private int[] values = new int[64];
    private int size;
    private int linkedid;
    private int uniqueid;
    /** Whether some name has no id (the table is full): repeats are then found by comparing strings. */
    private boolean unnamed;
    /** Per header: the next header of the same name id, or 0 when none (no header follows at 0). */
    private int[] next = new int[32];
    /** Per header: whether an earlier header has the same name id. */
    private boolean[] later = new boolean[32];
    /** Per id: the number of the load that last saw it, to find a repeat in one pass. */
    private int[] seen = new int[256];
    /** Per id: the header where the current load last saw it (valid where {@code seen} is this load's). */
    private int[] lastAt = new int[256];
    private int loads;

    public EventKeys() {
        this(MAX_NAMES);
    }

    EventKeys(int maxNames) {
        this.names = new HeaderNames(maxNames);
    }

    /**
     * Reads {@code e}'s header names; returns this. The lines are found here, in one pass over the
     * frame's bytes, as {@code Frame} would find them (each ends with an LF, a CR before it is not
     * part of the line, the first colon ends the name): the frame's own line index is not built.
     */
    public EventKeys load(AmiEvent e) {
        return load(e, true);
    }

    /**
     * Reads {@code e}'s headers; their names only when {@code names} (else every header has the id
     * {@link HeaderNames#NONE} and only the record key's places are found): for a writer that
     * copies the event's bytes.
     */
    public EventKeys load(AmiEvent e, boolean names) {
        Frame f = RawEvent.frameOf(e);
        int stamp = nextStamp();
        byte[] b = f.buffer();
        int end = f.end();
        int[] s = seen;
        int[] at = lastAt;
        boolean none = false;
        int l = -1;
        int u = -1;
        int i = 0;
        for (int ls = f.start(); ls < end; i++) {
            if (i == ids.length) {
                grow();
            }
            int lf = Bytes.indexOfLf(b, ls, end);
            if (lf < 0) {
                lf = end; // not in a decoded frame, whose every line ends with an LF
            }
            int le = lf > ls && b[lf - 1] == '\r' ? lf - 1 : lf;
            int c = -1;
            for (int p = ls; p < le; p++) {
                if (b[p] == ':') {
                    c = p;
                    break;
                }
            }
            int vs = ls;
            int k;
            if (c >= 0) { // the value starts after the colon and one optional space, as Frame.valueStart says
                vs = c + 1 < le && b[c + 1] == ' ' ? c + 2 : c + 1;
                int len = c - ls;
                k = names ? this.names.id(b, ls, len) : HeaderNames.NONE;
                if (len == 8) { // both names have 8 letters: one length test rules out the rest
                    if (l < 0 && Ascii8.is(b, ls, Ascii8.LINKEDID)) {
                        l = i;
                    } else if (u < 0 && Ascii8.is(b, ls, Ascii8.UNIQUEID)) {
                        u = i;
                    }
                }
            } else {
                k = names ? this.names.id(EMPTY, 0, 0) : HeaderNames.NONE; // no colon: the empty name, the whole line the value
            }
            values[2 * i] = vs;
            values[2 * i + 1] = le;
            ids[i] = k;
            next[i] = 0;
            later[i] = false;
            ls = lf + 1;
            if (k < 0) {
                // a name the table could not keep: the writer compares strings
                none = true;
                continue;
            }
            if (k >= s.length) {
                int grown = Math.max(k + 1, 2 * s.length);
                s = seen = Arrays.copyOf(s, grown);
                at = lastAt = Arrays.copyOf(at, grown);
            }
            if (s[k] == stamp) {
                next[at[k]] = i;
                later[i] = true;
            }
            s[k] = stamp;
            at[k] = i;
        }
        this.event = e;
        this.frame = f;
        this.size = i;
        this.linkedid = l;
        this.uniqueid = u;
        this.unnamed = none;
        return this;
    }

    /** Room for twice as many headers. */
    private void grow() {
        int n = 2 * ids.length;
        ids = Arrays.copyOf(ids, n);
        values = Arrays.copyOf(values, 2 * n);
        next = Arrays.copyOf(next, n);
        later = Arrays.copyOf(later, n);
    }

    private int nextStamp() {
        int stamp = ++loads;
        if (stamp == 0) { // wrapped: forget every old stamp
            Arrays.fill(seen, 0);
            stamp = loads = 1;
        }
        return stamp;
    }

    public AmiEvent event() {
        return event;
    }

    public Frame frame() {
        return frame;
    }

    /** Number of headers. */
    public int size() {
        return size;
    }


    /** Whether some header's name has no id: repeats must then be found by comparing names. */
    boolean unnamed() {
        return unnamed;
    }

    /** The next header after {@code i} with the same name id, or 0 when none (or when {@link #unnamed()}). */
    int nextSame(int i) {
        return next[i];
    }

    /** Whether an earlier header has the same name id as header {@code i} (false when {@link #unnamed()}). */
    boolean repeatsEarlier(int i) {
        return later[i];
    }

    /** Where header {@code i}'s value starts in the frame's buffer. */
    int valueStart(int i) {
        return values[2 * i];
    }

    /** Where header {@code i}'s value ends in the frame's buffer. */
    int valueEnd(int i) {
        return values[2 * i + 1];
    }

    /** Header {@code i}'s name id in {@link #names()}, or {@link HeaderNames#NONE}. */
    int id(int i) {
        return ids[i];
    }

    /** Header {@code i}'s name (as {@code Frame.key} gives it). */
    String key(int i) {
        int k = ids[i];
        return k >= 0 ? names.name(k) : frame.key(i);
    }

    HeaderNames names() {
        return names;
    }

    /**
     * The record key: the {@code Linkedid} value, else the {@code Uniqueid} value (the first
     * non-empty one of each), else {@code fallback}.
     */
    public byte[] recordKey(byte[] fallback, KeyCache cache) {
        byte[] k = valueBytes(linkedid, cache);
        if (k == null) {
            k = valueBytes(uniqueid, cache);
        }
        return k != null ? k : fallback;
    }

    private byte[] valueBytes(int i, KeyCache cache) {
        if (i < 0 || valueEnd(i) == valueStart(i)) {
            return null;
        }
        return cache.bytes(frame, i, valueStart(i), valueEnd(i));
    }

    /** Eight-letter names compared ignoring ASCII case. */
    private static final class Ascii8 {
        static final byte[] LINKEDID = "linkedid".getBytes(StandardCharsets.US_ASCII);
        static final byte[] UNIQUEID = "uniqueid".getBytes(StandardCharsets.US_ASCII);

        static boolean is(byte[] b, int from, byte[] lower) {
            for (int k = 0; k < 8; k++) {
                int c = b[from + k];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != lower[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The last key's bytes, reused while the same call's events come in a run. The arrays it
     * returns are shared by records and never changed.
     */
    public static final class KeyCache {
        private byte[] lastBytes;

        /** {@code k} in UTF-8. */
        public byte[] bytes(String k) {
            lastBytes = k.getBytes(StandardCharsets.UTF_8);
            return lastBytes;
        }

        /**
         * Value {@code i} of {@code f} ({@code [s, e)} of its buffer) in UTF-8, read from the bytes when they are ASCII
         * (no string is made), else decoded leniently first, as {@code AmiEvent} values are.
         */
        byte[] bytes(Frame f, int i, int s, int e) {
            byte[] buf = f.buffer();
            byte[] last = lastBytes;
            if (last != null && last.length == e - s && Arrays.equals(buf, s, e, last, 0, last.length)) {
                return last;
            }
            for (int p = s; p < e; p++) {
                if (buf[p] < 0) {
                    return bytes(f.value(i));
                }
            }
            lastBytes = Arrays.copyOfRange(buf, s, e);
            return lastBytes;
        }
    }
}
