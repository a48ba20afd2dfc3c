package dev.amiable.internal.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One framed AMI message as raw bytes plus the offsets of its lines.
 *
 * <p>Immutable as far as callers can tell: the decoder never writes over bytes a frame refers to.
 * Text is decoded only when asked, leniently (malformed UTF-8 becomes U+FFFD). Keys compare ASCII
 * case-insensitively. A line without a colon has the empty key and the whole line as value; a
 * raw output line of the legacy {@code Response: Follows} format has the key {@code Output}.
 * Every frame has at least one line.
 *
 * <p>Lines are found on demand. The decoder usually knows only where the message and its first
 * line end; the frame finds further lines when a caller first asks about them (a lookup by name
 * stops at the line it matches, having indexed a few more), and keeps them. Likewise a line's colon
 * is found when the line is first asked about. What a frame learns lives in an index array
 * ({@code pos}): for line {@code i}, {@code pos[2i]} is where it starts and {@code pos[2i+1]} its
 * colon, {@link #NO_COLON}, {@link #RAW_OUTPUT}, {@link #RAW_OUTPUT_END} or {@link #UNSEARCHED};
 * after the {@code n} lines known, {@code pos[2n]} is where the next line starts (the frame's end
 * once all are known), and the array's last slot holds {@code n}. A bigger index replaces the array
 * (published with release/acquire), so threads that read one frame at once each see a complete
 * index; a colon is written into the array in place, and racing threads write the same value.
 */
public final class Frame {
    /** Marks a line that has no colon. */
    public static final int NO_COLON = -1;
    /** Marks a raw output line of the {@code Follows} format. */
    public static final int RAW_OUTPUT = -2;
    /** Marks a raw output line that ended with {@code --END COMMAND--} (the marker is cut off). */
    public static final int RAW_OUTPUT_END = -3;
    /** Marks a line whose colon has not been looked for yet (never returned by {@link #colon}). */
    static final int UNSEARCHED = Integer.MIN_VALUE;
    private static final int END_COMMAND_LENGTH = 15;

    private static final byte[] OUTPUT = {'O', 'u', 't', 'p', 'u', 't'};

    /**
     * Lines indexed at least when a lookup has to look further than the frame knows; a growing
     * index also at least doubles, so that reading every line costs a few copies at most.
     */
    private static final int MIN_GROWTH = 2;
    private static final VarHandle GROWN;

    static {
        try {
            GROWN = MethodHandles.lookup().findVarHandle(Frame.class, "grown", int[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final byte[] buf;
    private final int start;
    private final int end;
    /** The index the frame was made with: final, so that even a racy reader sees it whole. */
    private final int[] initial;
    /** A bigger index, once one was built; read with acquire, written with release. */
    @SuppressWarnings("unused")
    private int[] grown;
    /** The number of lines once counted, 0 before. */
    private int size;

    /**
     * Wraps {@code count >= 1} lines whose starts and colons are in {@code pos} as described above
     * ({@code pos[2 * count]} is the end); the frame owns {@code pos} from now on.
     */
    public Frame(byte[] buf, int[] pos, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a frame has at least one line");
        }
        int[] p = pos.length >= 2 * count + 2 ? pos : Arrays.copyOf(pos, 2 * count + 2);
        p[p.length - 1] = count;
        this.buf = buf;
        this.start = p[0];
        this.end = p[2 * count];
        this.initial = p;
    }

    /**
     * A frame of which only the first line is known: it spans {@code buf[start, end)}, the
     * first line ends just before {@code second}, and every line (the last too) ends with an LF.
     */
    Frame(byte[] buf, int start, int second, int end) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.initial = new int[] {start, UNSEARCHED, second, 1};
    }

    /** Builds a frame from alternating keys and values (for tests, tools and the test server). */
    public static Frame of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            sb.append(keysAndValues[i]).append(": ").append(keysAndValues[i + 1]).append("\r\n");
        }
        sb.append("\r\n");
        Frame[] out = new Frame[1];
        FrameDecoder.decodeAll(sb.toString().getBytes(StandardCharsets.UTF_8), DecoderLimits.DEFAULT,
                new FrameSink() {
                    @Override public void onFrame(Frame frame) { out[0] = frame; }
                    @Override public void onBanner(String banner) { }
                    @Override public void onError(dev.amiable.AmiProtocolException error) { throw error; }
                });
        return out[0];
    }

    /** Number of header lines. */
    public int size() {
        int n = size;
        if (n == 0) {
            n = known(all());
            size = n; // racing threads write the same value
        }
        return n;
    }

    /** The bytes the frame refers to; callers must not modify them. */
    public byte[] buffer() {
        return buf;
    }

    /** Index of the first byte of the frame. */
    public int start() {
        return start;
    }

    /** Index one past the frame's last line terminator (the blank line is not included). */
    public int end() {
        return end;
    }

    public int lineStart(int i) {
        return line(i)[2 * i];
    }

    /** The colon index, or one of {@link #NO_COLON}, {@link #RAW_OUTPUT}, {@link #RAW_OUTPUT_END}. */
    public int colon(int i) {
        return colon(line(i), i);
    }

    /** One past the last byte of line {@code i}'s content (terminator excluded). */
    public int lineEnd(int i) {
        return lineEnd(line(i), i);
    }

    public int keyStart(int i) {
        return lineStart(i);
    }

    public int keyEnd(int i) {
        int[] p = line(i);
        int c = colon(p, i);
        return c >= 0 ? c : p[2 * i];
    }

    /** First byte of the value: after the colon and one optional space. */
    public int valueStart(int i) {
        return valueStart(line(i), i);
    }

    public int valueEnd(int i) {
        return lineEnd(i);
    }

    /**
     * The key as sent, or {@code ""} for a line without a colon, {@code "Output"} for raw output.
     * Equal keys usually come back as the same string instance (see {@link KeyNames}).
     */
    public String key(int i) {
        int[] p = line(i);
        int c = colon(p, i);
        if (c <= RAW_OUTPUT) {
            return "Output";
        }
        if (c == NO_COLON) {
            return "";
        }
        return KeyNames.of(buf, p[2 * i], c - p[2 * i]);
    }

    public String value(int i) {
        int[] p = line(i);
        int s = valueStart(p, i);
        return Text.decode(buf, s, lineEnd(p, i) - s);
    }

    /** Whether key {@code i} equals {@code key}, ignoring ASCII case. */
    public boolean keyIs(int i, String key) {
        int[] p = line(i);
        return keyIs(p, i, key);
    }

    /**
     * Whether line {@code i} exists and its key equals {@code key}, ignoring ASCII case; false for
     * a line the frame does not have. Indexes lines only as far as {@code i} (unlike {@link #size()}).
     */
    public boolean hasKeyAt(int i, String key) {
        if (i < 0) {
            return false;
        }
        int[] p = known();
        if (i >= known(p)) {
            p = grow(p, i + 1 - known(p));
            if (i >= known(p)) {
                return false;
            }
        }
        return keyIs(p, i, key);
    }

    /** Index of the first line whose key is {@code key}, or -1. */
    public int indexOf(String key) {
        return indexOf(key, 0);
    }

    /** Index of the first line at or after {@code from} whose key is {@code key}, or -1. */
    public int indexOf(String key, int from) {
        int[] p = known();
        for (int i = Math.max(from, 0); ; i++) {
            if (i >= known(p)) {
                p = grow(p, i + 1 - known(p)); // the same index when it is complete
                if (i >= known(p)) {
                    return -1;
                }
            }
            if (keyIs(p, i, key)) {
                return i;
            }
        }
    }

    /** Whether value {@code i} equals {@code text}, ignoring ASCII case. */
    public boolean valueIs(int i, String text) {
        int[] p = line(i);
        int s = valueStart(p, i);
        return Ascii.equalsIgnoreCase(buf, s, lineEnd(p, i) - s, text);
    }

    /** Whether value {@code i} is exactly the bytes {@code expected} (no case folding, no decoding). */
    public boolean valueBytesAre(int i, byte[] expected) {
        int[] p = line(i);
        int s = valueStart(p, i);
        return Arrays.equals(buf, s, lineEnd(p, i), expected, 0, expected.length);
    }

    /**
     * Whether value {@code i}, decoded, equals {@code text} exactly (case counts), without
     * decoding it when both are ASCII.
     */
    public boolean valueEquals(int i, String text) {
        int[] p = line(i);
        int s = valueStart(p, i);
        return Text.sameText(buf, s, lineEnd(p, i) - s, text);
    }

    /** {@code value(i).hashCode()}, without decoding the value when it is ASCII. */
    public int valueHash(int i) {
        int[] p = line(i);
        int s = valueStart(p, i);
        int e = lineEnd(p, i);
        int h = 0;
        for (int k = s; k < e; k++) {
            int b = buf[k];
            if (b < 0) {
                return Text.decode(buf, s, e - s).hashCode();
            }
            h = 31 * h + b;
        }
        return h;
    }

    /** The whole frame as text, as it was received, with CRLF line ends. */
    @Override
    public String toString() {
        int[] p = all();
        StringBuilder sb = new StringBuilder(end - start + 8);
        for (int i = 0; i < known(p); i++) {
            sb.append(Text.decode(buf, p[2 * i], lineEnd(p, i) - p[2 * i])).append("\r\n");
        }
        return sb.toString();
    }

    // ---- the index ----

    /** Lines found so far (for tests: the decoder leaves most of them to be found on demand). */
    int knownLines() {
        return known(known());
    }

    /** The biggest index known so far. */
    private int[] known() {
        int[] g = (int[]) GROWN.getAcquire(this);
        return g != null ? g : initial;
    }

    /** Lines in index {@code p}. */
    private static int known(int[] p) {
        return p[p.length - 1];
    }

    private boolean isComplete(int[] p) {
        return p[2 * known(p)] == end;
    }

    /** An index with line {@code i}; {@link IndexOutOfBoundsException} if there is no such line. */
    private int[] line(int i) {
        int[] p = known();
        if (i >= 0 && i < known(p)) {
            return p;
        }
        if (i >= 0) {
            p = grow(p, i + 1 - known(p));
            if (i < known(p)) {
                return p;
            }
        }
        throw new IndexOutOfBoundsException("line " + i + " of a frame of " + size() + " lines");
    }

    /** An index of every line. */
    private int[] all() {
        int[] p = known();
        return isComplete(p) ? p : grow(p, Integer.MAX_VALUE);
    }

    /**
     * Indexes at least {@code needed} further lines after those of {@code p} (more if the index
     * is to double or {@link #MIN_GROWTH} says so; all that are left if fewer), publishes the
     * bigger index and returns it; {@code p} itself when it is complete.
     */
    private int[] grow(int[] p, int needed) {
        int n = known(p);
        int ls = p[2 * n];
        if (ls >= end) {
            return p;
        }
        int more = Math.max(needed, Math.max(n, MIN_GROWTH));
        // each line takes two bytes at least: asked for more than could be left means all of them
        int target = more > (end - ls) / 2 ? Integer.MAX_VALUE : n + more;
        // room for as many as the known lines' average length suggests are left, within target
        long guess = (long) (end - ls) * n / (ls - start) + 2;
        int room = (int) Math.min(Math.min(guess, more), (end - ls) / 2 + 1);
        int[] q = Arrays.copyOf(p, 2 * (n + room) + 2);
        while (n < target && ls < end) {
            if (2 * n + 3 >= q.length) {
                q = Arrays.copyOf(q, 2 * q.length);
            }
            q[2 * n] = ls;
            q[2 * n + 1] = UNSEARCHED;
            n++;
            ls = Bytes.indexOfLf(buf, ls, end) + 1; // every line ends with an LF before end
        }
        q[2 * n] = ls;
        q[q.length - 1] = n;
        GROWN.setRelease(this, q);
        return q;
    }

    // ---- one line, in a given index ----

    private int colon(int[] p, int i) {
        int c = p[2 * i + 1];
        return c != UNSEARCHED ? c : findColon(p, i);
    }

    private int findColon(int[] p, int i) {
        int s = p[2 * i];
        int e = lineEnd(p, i);
        int c = NO_COLON;
        for (int k = s; k < e; k++) {
            if (buf[k] == ':') {
                c = k;
                break;
            }
        }
        p[2 * i + 1] = c;
        return c;
    }

    private int lineEnd(int[] p, int i) {
        int e = p[2 * i + 2] - 1; // at LF
        if (e > p[2 * i] && buf[e - 1] == '\r') {
            e--;
        }
        return p[2 * i + 1] == RAW_OUTPUT_END ? e - END_COMMAND_LENGTH : e;
    }

    private int valueStart(int[] p, int i) {
        int c = colon(p, i);
        if (c < 0) {
            return p[2 * i];
        }
        int v = c + 1;
        if (v < lineEnd(p, i) && buf[v] == ' ') {
            v++;
        }
        return v;
    }

    private boolean keyIs(int[] p, int i, String key) {
        int c = p[2 * i + 1];
        if (c == UNSEARCHED) {
            int s = p[2 * i];
            int k = s + key.length();
            if (key.isEmpty() || k >= p[2 * i + 2]) {
                c = findColon(p, i);
            } else if (buf[k] != ':' || !Ascii.equalsIgnoreCase(buf, s, key.length(), key)) {
                // a key of this line would end at its first colon: the colon is not at k, or the
                // bytes before it differ
                return false;
            } else if (key.indexOf(':') >= 0) {
                return false; // a line's key ends at its first colon, so it never holds one
            } else {
                p[2 * i + 1] = k; // no colon before k (the bytes equal a key without one): k is the first
                return true;
            }
        }
        if (c <= RAW_OUTPUT) {
            return Ascii.equalsIgnoreCase(OUTPUT, 0, OUTPUT.length, key);
        }
        if (c == NO_COLON) {
            return key.isEmpty();
        }
        int s = p[2 * i];
        return Ascii.equalsIgnoreCase(buf, s, c - s, key);
    }
}
