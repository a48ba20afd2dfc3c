package dev.amiable.kafka.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Frame;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One event's header names, read once from its frame's bytes and shared by the record key and the
 * value writer: each header's name as an id of the {@link HeaderNames} table (no string is made),
 * whether a name repeats (found in the same pass, without a map), and the places of
 * {@code Linkedid} and {@code Uniqueid} (ignoring ASCII case). Reused from event to event: one
 * instance per server, used by one thread at a time.
 */
public final class EventKeys {
    /** Names kept, encoded, per server; a server inventing names gets the slower path past this. */
    static final int MAX_NAMES = 4096;
    private static final byte[] OUTPUT = {'O', 'u', 't', 'p', 'u', 't'};
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
    private boolean repeats;
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

    /** Reads {@code e}'s header names; returns this. */
    public EventKeys load(AmiEvent e) {
        Frame f = RawEvent.frameOf(e);
        int n = f.size();
        if (ids.length < n) {
            ids = new int[Math.max(n, 2 * ids.length)];
            values = new int[2 * ids.length];
            next = new int[ids.length];
            later = new boolean[ids.length];
        }
        int stamp = nextStamp();
        byte[] b = f.buffer();
        int[] id = ids;
        int[] v = values;
        int[] s = seen;
        int[] at = lastAt;
        int[] nx = next;
        boolean[] lt = later;
        boolean r = false;
        boolean none = false;
        int l = -1;
        int u = -1;
        for (int i = 0; i < n; i++) {
            int c = f.colon(i);
            int ks = f.lineStart(i);
            int le = f.lineEnd(i);
            int vs = ks;
            if (c >= 0) { // the value starts after the colon and one optional space, as Frame.valueStart says
                vs = c + 1 < le && b[c + 1] == ' ' ? c + 2 : c + 1;
            }
            v[2 * i] = vs;
            v[2 * i + 1] = le;
            int k;
            if (c >= 0) {
                int len = c - ks;
                k = names.id(b, ks, len);
                if (len == 8) { // both names have 8 letters: one length test rules out the rest
                    if (l < 0 && Ascii8.is(b, ks, Ascii8.LINKEDID)) {
                        l = i;
                    } else if (u < 0 && Ascii8.is(b, ks, Ascii8.UNIQUEID)) {
                        u = i;
                    }
                }
            } else {
                k = c == Frame.NO_COLON ? names.id(EMPTY, 0, 0) : names.id(OUTPUT, 0, OUTPUT.length);
            }
            id[i] = k;
            nx[i] = 0;
            lt[i] = false;
            if (k < 0) {
                r = true; // a name the table could not keep: the writer compares strings
                none = true;
                continue;
            }
            if (k >= s.length) {
                int grown = Math.max(k + 1, 2 * s.length);
                s = seen = Arrays.copyOf(s, grown);
                at = lastAt = Arrays.copyOf(at, grown);
            }
            if (s[k] == stamp) {
                r = true;
                nx[at[k]] = i;
                lt[i] = true;
            }
            s[k] = stamp;
            at[k] = i;
        }
        this.event = e;
        this.frame = f;
        this.size = n;
        this.linkedid = l;
        this.uniqueid = u;
        this.repeats = r;
        this.unnamed = none;
        return this;
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

    /** Whether a name occurs twice or more (same spelling), or may: then the writer groups values. */
    boolean repeats() {
        return repeats;
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
        if (i < 0 || frame.valueEnd(i) == frame.valueStart(i)) {
            return null;
        }
        return cache.bytes(frame, i);
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
         * Value {@code i} of {@code f} in UTF-8, read from the frame's bytes when they are ASCII
         * (no string is made), else decoded leniently first, as {@code AmiEvent} values are.
         */
        byte[] bytes(Frame f, int i) {
            if (lastBytes != null && f.valueBytesAre(i, lastBytes)) {
                return lastBytes;
            }
            byte[] buf = f.buffer();
            int s = f.valueStart(i);
            int e = f.valueEnd(i);
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
