package dev.amiable.internal.codec;

import java.nio.charset.StandardCharsets;

/**
 * One framed AMI message as raw bytes plus the offsets of its lines.
 *
 * <p>Immutable as far as callers can tell: the decoder never writes over bytes a frame refers to,
 * and the only thing a frame writes itself is a colon's place once found (below). Text is
 * decoded only when asked, leniently (malformed UTF-8 becomes U+FFFD). Keys compare ASCII
 * case-insensitively. A line without a colon has the empty key and the whole line as value; a
 * raw output line of the legacy {@code Response: Follows} format has the key {@code Output}.
 *
 * <p>Layout: for line {@code i}, {@code pos[2i]} is where the line starts and
 * {@code pos[2i+1]} is the colon's index, {@link #NO_COLON}, {@link #RAW_OUTPUT},
 * {@link #RAW_OUTPUT_END} or {@link #UNSEARCHED}; {@code pos[2n]} is one past the terminator of the
 * last line. The decoder leaves the colons of most lines unsearched: a line's colon is found when
 * the line is first asked about, and kept. Threads that read one frame at once may each find it;
 * they write the same value, so what any of them reads is either unsearched or right.
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

    private final byte[] buf;
    private final int[] pos;
    private final int count;

    /** Wraps {@code count} lines; {@code pos} is owned by the frame from now on. */
    public Frame(byte[] buf, int[] pos, int count) {
        this.buf = buf;
        this.pos = pos;
        this.count = count;
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
        return count;
    }

    /** The bytes the frame refers to; callers must not modify them. */
    public byte[] buffer() {
        return buf;
    }

    /** Index of the first byte of the frame. */
    public int start() {
        return pos[0];
    }

    /** Index one past the frame's last line terminator (the blank line is not included). */
    public int end() {
        return pos[2 * count];
    }

    public int lineStart(int i) {
        return pos[2 * i];
    }

    /** The colon index, or one of {@link #NO_COLON}, {@link #RAW_OUTPUT}, {@link #RAW_OUTPUT_END}. */
    public int colon(int i) {
        int c = pos[2 * i + 1];
        return c != UNSEARCHED ? c : findColon(i);
    }

    private int findColon(int i) {
        int s = pos[2 * i];
        int e = lineEnd(i);
        int c = NO_COLON;
        for (int k = s; k < e; k++) {
            if (buf[k] == ':') {
                c = k;
                break;
            }
        }
        pos[2 * i + 1] = c;
        return c;
    }

    /** One past the last byte of line {@code i}'s content (terminator excluded). */
    public int lineEnd(int i) {
        int next = pos[2 * i + 2];
        int e = next - 1; // at LF
        if (e > pos[2 * i] && buf[e - 1] == '\r') {
            e--;
        }
        return pos[2 * i + 1] == RAW_OUTPUT_END ? e - END_COMMAND_LENGTH : e;
    }

    public int keyStart(int i) {
        return pos[2 * i];
    }

    public int keyEnd(int i) {
        int c = colon(i);
        return c >= 0 ? c : pos[2 * i];
    }

    /** First byte of the value: after the colon and one optional space. */
    public int valueStart(int i) {
        int c = colon(i);
        if (c < 0) {
            return pos[2 * i];
        }
        int v = c + 1;
        if (v < lineEnd(i) && buf[v] == ' ') {
            v++;
        }
        return v;
    }

    public int valueEnd(int i) {
        return lineEnd(i);
    }

    /** The key as sent, or {@code ""} for a line without a colon, {@code "Output"} for raw output. */
    public String key(int i) {
        int c = colon(i);
        if (c <= RAW_OUTPUT) {
            return "Output";
        }
        if (c == NO_COLON) {
            return "";
        }
        return new String(buf, pos[2 * i], c - pos[2 * i], StandardCharsets.ISO_8859_1);
    }

    public String value(int i) {
        int s = valueStart(i);
        return Text.decode(buf, s, valueEnd(i) - s);
    }

    /** Whether key {@code i} equals {@code key}, ignoring ASCII case. */
    public boolean keyIs(int i, String key) {
        return keyIs(i, key, pos[2 * i + 1] == UNSEARCHED && isPlainKey(key));
    }

    /** A key that can be matched without knowing the line's colon: not empty, no colon in it. */
    private static boolean isPlainKey(String key) {
        return !key.isEmpty() && key.indexOf(':') < 0;
    }

    private boolean keyIs(int i, String key, boolean plain) {
        int c = pos[2 * i + 1];
        if (c == UNSEARCHED) {
            int s = pos[2 * i];
            int k = s + key.length();
            if (!plain || k >= pos[2 * i + 2]) {
                c = findColon(i);
            } else if (buf[k] != ':' || !Ascii.equalsIgnoreCase(buf, s, key.length(), key)) {
                // a plain key of this line would end at its first colon: the colon is not at k,
                // or the bytes before it differ
                return false;
            } else {
                pos[2 * i + 1] = k; // no colon before k (the bytes equal a plain key): k is the first
                return true;
            }
        }
        if (c <= RAW_OUTPUT) {
            return Ascii.equalsIgnoreCase(OUTPUT, 0, OUTPUT.length, key);
        }
        if (c == NO_COLON) {
            return key.isEmpty();
        }
        int s = pos[2 * i];
        return Ascii.equalsIgnoreCase(buf, s, c - s, key);
    }

    /** Index of the first line whose key is {@code key}, or -1. */
    public int indexOf(String key) {
        return indexOf(key, 0);
    }

    /** Index of the first line at or after {@code from} whose key is {@code key}, or -1. */
    public int indexOf(String key, int from) {
        boolean plain = isPlainKey(key);
        for (int i = from; i < count; i++) {
            if (keyIs(i, key, plain)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether value {@code i} equals {@code text}, ignoring ASCII case. */
    public boolean valueIs(int i, String text) {
        int s = valueStart(i);
        return Ascii.equalsIgnoreCase(buf, s, valueEnd(i) - s, text);
    }

    /** The whole frame as text, as it was received, with CRLF line ends. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(end() - start() + 8);
        for (int i = 0; i < count; i++) {
            sb.append(Text.decode(buf, pos[2 * i], lineEnd(i) - pos[2 * i])).append("\r\n");
        }
        return sb.toString();
    }
}
