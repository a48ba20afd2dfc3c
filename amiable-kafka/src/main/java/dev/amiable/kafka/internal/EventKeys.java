package dev.amiable.kafka.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Frame;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One event's header names, read once from its frame and shared by the record key and the value
 * writer, with the places of {@code Linkedid} and {@code Uniqueid} (ignoring ASCII case). Reused
 * from event to event: one instance per server, used by one thread at a time.
 */
public final class EventKeys {
    private AmiEvent event;
    private Frame frame;
    private String[] keys = new String[32];
    private int size;
    private int linkedid;
    private int uniqueid;

    /** Reads {@code e}'s header names; returns this. */
    public EventKeys load(AmiEvent e) {
        Frame f = RawEvent.frameOf(e);
        int n = f.size();
        if (keys.length < n) {
            keys = new String[Math.max(n, 2 * keys.length)];
        }
        String[] k = keys;
        int l = -1;
        int u = -1;
        for (int i = 0; i < n; i++) {
            String key = f.key(i);
            k[i] = key;
            if (key.length() == 8) { // both names have 8 letters: one length test rules out the rest
                if (l < 0 && key.equalsIgnoreCase("Linkedid")) {
                    l = i;
                } else if (u < 0 && key.equalsIgnoreCase("Uniqueid")) {
                    u = i;
                }
            }
        }
        this.event = e;
        this.frame = f;
        this.size = n;
        this.linkedid = l;
        this.uniqueid = u;
        return this;
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

    /** The scratch array of names: {@code [0, size())} hold this event's; a writer may clear entries. */
    String[] keys() {
        return keys;
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
