package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Ascii;
import dev.amiable.internal.codec.Bytes;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.Text;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads the headers the folds need from the event being folded, cheaply. A lookup walks the
 * frame's lines from where the last lookup of the same event stopped, until its key turns up, and
 * notes on the way where the value of every key the folds have ever asked for lies (each line's
 * name is matched by its length and first eight bytes, then checked in full, ignoring ASCII case
 * as the frame does): the folds ask in about wire order, so an event's lines are read once at
 * most, and a later lookup of a key passed over costs an array read. The frame's own line index
 * is never built, so nothing is allocated for it. A value whose bytes
 * equal the key's value last time (compared first, without hashing) or a recently read string
 * comes back as that string (no decoding, and its hash is already known, so the Uniqueid of a
 * channel the model holds costs no new string and no hashing).
 *
 * <p>One per model, used under the model's lock only: {@link #of} binds it to an event, and the
 * values it returns are valid for that event until the next {@code of}.
 */
final class Headers {
    /** Keys given an id: well above the distinct keys the folds ask for. */
    private static final int MAX_KEYS = 128;
    /** Slots of the two hash tables (key string to id, line name to id): a power of two. */
    private static final int SLOTS = 256;
    /** Longer names are never a fold's key: not matched. */
    private static final int MAX_KEY_LENGTH = 64;
    /** Recent values kept for reuse: a power of two. */
    private static final int VALUE_SLOTS = 1024;
    /** Longer values are decoded every time (variables' values, application data). */
    private static final int SHARE_MAX_HASHED = 64;
    private static final long CASE_BITS = 0x2020202020202020L;
    private static final long COLONS = 0x3a3a3a3a3a3a3a3aL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = 0x0a0a0a0a0a0a0a0aL;
    private static final long LOWS = 0x7f7f7f7f7f7f7f7fL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Key strings (the folds' constants) and their ids, by the string's hash. */
    private final String[] keys = new String[SLOTS];
    private final int[] keyIds = new int[SLOTS];
    /** Line names to ids: length, case-folded first eight bytes, id + 1 (0: empty slot). */
    private final int[] nameLength = new int[SLOTS];
    private final long[] namePrefix = new long[SLOTS];
    private final int[] nameId = new int[SLOTS];
    /** Per id: the key in lower case, and where its value lies in the scanned event. */
    private final byte[][] lower = new byte[MAX_KEYS][];
    private final long[] prefixOf = new long[MAX_KEYS];
    /** Per id: the line where it was last read in order, -1 before. */
    private final int[] lineOf = new int[MAX_KEYS];
    private final long[] foundIn = new long[MAX_KEYS];
    private final int[] from = new int[MAX_KEYS];
    private final int[] to = new int[MAX_KEYS];
    /** Per id: the value last returned, and for which event. */
    private final String[] read = new String[MAX_KEYS];
    private final long[] readFor = new long[MAX_KEYS];
    private int ids;
    private final String[] recent = new String[VALUE_SLOTS];

    private AmiEvent e;
    private byte[] buf;
    /** Which event is bound: bumped by every {@link #of}. */
    private long event;
    /** The event {@link #buf}, {@link #next} and {@link #end} are about. */
    private long scanned;
    /** The bound frame's bytes: where it starts and ends. */
    private int start;
    private int end;
    /** The line ends (LFs) found so far, how many, and where the search for more goes on. */
    private int[] lf = new int[64];
    private int lines;
    private int lfAt;
    /** The first line not yet read in order. */
    private int next;

    /** Binds this reader to {@code event}; returns this. */
    Headers of(AmiEvent event) {
        this.e = event;
        this.event++;
        return this;
    }

    /** The event bound by {@link #of}. */
    AmiEvent event() {
        return e;
    }

    /** The first value of {@code key} in the bound event, {@code ""} if empty, null if absent. */
    String get(String key) {
        int id = id(key);
        if (id < 0) {
            return e.get(key); // a key the table cannot hold: no memory
        }
        if (readFor[id] == event) {
            return read[id];
        }
        String v = null;
        if (found(id)) {
            // the value this key had last time is the likeliest (the same channel's Uniqueid, its
            // state, its context): one comparison, no hashing
            String last = read[id];
            v = last != null && same(from[id], to[id], last) ? last : valueAt(from[id], to[id]);
        }
        read[id] = v;
        readFor[id] = event;
        return v;
    }

    /** Null for absent, empty, {@code <unknown>} and {@code (null)} values. */
    String text(String key) {
        return Fields.meaningful(get(key));
    }

    /** The value of {@code key} as a whole number, {@code absent} when absent, empty or malformed. */
    int intOr(String key, int absent) {
        return Fields.parseInt(get(key), absent);
    }

    /** True for {@code yes}, {@code 1}, {@code true}, {@code on} in any case. */
    boolean yes(String key) {
        return Fields.isYes(get(key));
    }

    /**
     * Whether {@code key} is present and its value's text is exactly {@code text}, decoding
     * nothing (when ASCII); does not remember the value as {@link #get} does.
     */
    boolean valueIs(String key, String text) {
        int id = id(key);
        if (id < 0) {
            return e.valueEquals(key, text);
        }
        if (readFor[id] == event) {
            return text.equals(read[id]);
        }
        return found(id) && same(from[id], to[id], text);
    }

    /**
     * Whether the bound event has key {@code id}. The line where the key was found last time is
     * tried first (Asterisk writes one kind of event with the same headers in the same order, so
     * this is usually the only line compared); otherwise the lines are read in order, noting on
     * the way every key with an id, until the key turns up or the lines end.
     */
    private boolean found(int id) {
        if (foundIn[id] == event) {
            return true;
        }
        if (scanned != event) {
            Frame f = Frames.of(e);
            buf = f.buffer();
            start = f.start();
            end = f.end();
            lfAt = start;
            lines = 0;
            next = 0;
            scanned = event;
        }
        int k = lineOf[id];
        if (k >= 0 && lineEnds(k + 1) && isKeyAt(k, id)) {
            return true;
        }
        while (lineEnds(next + 1)) {
            if (readLine(next++) == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the frame has at least {@code n} lines; finds line ends as far as that (eight bytes
     * at a time, every LF of a word at once), keeping them in {@link #lf}.
     */
    private boolean lineEnds(int n) {
        byte[] b = buf;
        int i = lfAt;
        int stop = end;
        while (lines < n && i < stop) {
            if (i + 8 <= stop) {
                long x = (long) LONGS.get(b, i) ^ LFS;
                long t = ~(((x & LOWS) + LOWS) | x | LOWS); // exactly the bytes that were LF
                while (t != 0) {
                    add(i + (Long.numberOfTrailingZeros(t) >>> 3));
                    t &= t - 1;
                }
                i += 8;
            } else {
                if (b[i] == '\n') {
                    add(i);
                }
                i++;
            }
        }
        lfAt = i;
        return lines >= n;
    }

    private void add(int at) {
        if (lines == lf.length) {
            lf = java.util.Arrays.copyOf(lf, 2 * lines);
        }
        lf[lines++] = at;
    }

    /** Whether line {@code k} (known to exist) has key {@code id}; then notes where its value lies. */
    private boolean isKeyAt(int k, int id) {
        byte[] b = buf;
        int ls = k == 0 ? start : lf[k - 1] + 1;
        byte[] low = lower[id];
        int n = low.length;
        int le = lineEnd(k);
        if (ls + n >= le || b[ls + n] != ':' || prefix(b, ls, n) != prefixOf[id] || !Ascii.equalsLower(b, ls, low)) {
            return false;
        }
        note(id, ls + n, le);
        return true;
    }

    /** Reads line {@code k} (known to exist): notes its value when its name is a key with an id not yet seen here. */
    private int readLine(int k) {
        byte[] b = buf;
        int ls = k == 0 ? start : lf[k - 1] + 1;
        int le = lineEnd(k);
        int c = colon(b, ls, Math.min(le, ls + MAX_KEY_LENGTH + 1));
        if (c <= ls) {
            return -1;
        }
        int id = match(b, ls, c - ls);
        if (id < 0 || foundIn[id] == event) {
            return -1;
        }
        lineOf[id] = k;
        note(id, c, le);
        return id;
    }

    /** Line {@code k}'s end: its LF, or the CR before it. */
    private int lineEnd(int k) {
        int e = lf[k];
        int ls = k == 0 ? start : lf[k - 1] + 1;
        return e > ls && buf[e - 1] == '\r' ? e - 1 : e;
    }

    /** Key {@code id} is in this event, its colon at {@code c}, its line ending at {@code le}. */
    private void note(int id, int c, int le) {
        foundIn[id] = event;
        from[id] = c + 1 < le && buf[c + 1] == ' ' ? c + 2 : c + 1;
        to[id] = le;
    }

    /** The first colon in {@code b[s, stop)}, eight bytes at a time, or -1. */
    private static int colon(byte[] b, int s, int stop) {
        int i = s;
        for (; i < stop && i + 8 <= b.length; i += 8) {
            long x = (long) LONGS.get(b, i) ^ COLONS;
            long t = (x - ONES) & ~x & HIGHS;
            if (t != 0) {
                int c = i + (Long.numberOfTrailingZeros(t) >>> 3);
                return c < stop ? c : -1;
            }
        }
        for (; i < stop; i++) {
            if (b[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The id of the name {@code b[s, s + n)}, ignoring ASCII case, or -1 when no key has it. */
    private int match(byte[] b, int s, int n) {
        long p = prefix(b, s, n);
        for (int h = slotOf(p, n); ; h = (h + 1) & (SLOTS - 1)) {
            int id = nameId[h] - 1;
            if (id < 0) {
                return -1;
            }
            if (nameLength[h] == n && namePrefix[h] == p && Ascii.equalsLower(b, s, lower[id])) {
                return id;
            }
        }
    }

    /** Up to the first eight bytes of {@code b[s, s + n)} as one word, with every byte's bit 5 set. */
    private static long prefix(byte[] b, int s, int n) {
        int k = Math.min(n, 8);
        long w;
        if (s + 8 <= b.length) {
            w = (long) LONGS.get(b, s);
        } else {
            w = 0;
            for (int i = k - 1; i >= 0; i--) {
                w = (w << 8) | (b[s + i] & 0xff);
            }
        }
        long mask = k == 8 ? -1L : (1L << (8 * k)) - 1;
        return (w | CASE_BITS) & mask;
    }

    private static int slotOf(long prefix, int n) {
        long x = (prefix ^ (prefix >>> 31) ^ n) * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 56) & (SLOTS - 1);
    }

    /** The id of {@code key} (the folds' string constants), given on first sight; -1 when full. */
    private int id(String key) {
        int s = key.hashCode() & (SLOTS - 1);
        for (int n = 0; n < SLOTS; n++, s = (s + 1) & (SLOTS - 1)) {
            String k = keys[s];
            if (k == key) {
                return keyIds[s];
            }
            if (k == null) {
                int id = newId(key);
                if (id >= 0) {
                    keys[s] = key;
                    keyIds[s] = id;
                }
                return id;
            }
            if (k.equals(key)) {
                return keyIds[s];
            }
        }
        return -1;
    }

    private int newId(String key) {
        int n = key.length();
        if (ids == MAX_KEYS || n == 0 || n > MAX_KEY_LENGTH) {
            return -1;
        }
        byte[] low = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c >= 0x80 || c == ':') {
                return -1;
            }
            low[i] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        int id = ids++;
        lower[id] = low;
        foundIn[id] = 0;
        readFor[id] = 0;
        long p = prefix(low, 0, n);
        prefixOf[id] = p;
        lineOf[id] = -1;
        int h = slotOf(p, n);
        while (nameId[h] != 0) {
            h = (h + 1) & (SLOTS - 1);
        }
        nameLength[h] = n;
        namePrefix[h] = p;
        nameId[h] = id + 1;
        scanned = -1; // the lines of the bound event read so far were not matched with this key: again
        return id;
    }

    /**
     * Whether {@code buf[f, t)}, decoded, equals {@code text} exactly, without decoding it when
     * both are ASCII.
     */
    private boolean same(int f, int t, String text) {
        return Text.sameText(buf, f, t - f, text);
    }

    private String valueAt(int f, int t) {
        byte[] b = buf;
        int h = 0;
        for (int k = f; k < t; k++) {
            int x = b[k];
            if (x < 0) {
                return Text.decode(b, f, t - f); // not ASCII: not shared
            }
            h = 31 * h + x;
        }
        int s = (h ^ (h >>> 16)) & (VALUE_SLOTS - 1);
        String r = recent[s];
        if (r != null && r.hashCode() == h && same(f, t, r)) {
            return r;
        }
        String v = Text.decode(b, f, t - f);
        if (v.length() <= SHARE_MAX_HASHED) {
            recent[s] = v;
        }
        return v;
    }
}
