package dev.amiable.agi.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code \n}-ended lines (a {@code \r} before it is dropped) from a stream, decoded as UTF-8
 * (malformed bytes become U+FFFD), each at most {@link #MAX_LINE} bytes. Not thread-safe.
 */
public final class LineReader {
    /** The longest line accepted, in bytes: far above Asterisk's own buffers. */
    public static final int MAX_LINE = 65536;

    private final InputStream in;
    private final byte[] buf = new byte[2048];
    private int pos;
    private int limit;
    private byte[] line;

    public LineReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next line, without its end.
     *
     * @throws EOFException at the end of the stream (a partial last line is dropped)
     * @throws IOException on a read error or a line over {@link #MAX_LINE} bytes
     */
    public String readLine() throws IOException {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n') {
                // the common case: the whole line is in the buffer already
                int start = pos;
                pos = i + 1;
                int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                return new String(buf, start, end - start, StandardCharsets.UTF_8);
            }
        }
        if (line == null) {
            line = new byte[256];
        }
        int len = 0;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    throw new EOFException("end of stream");
                }
            }
            byte b = buf[pos++];
            if (b == '\n') {
                if (len > 0 && line[len - 1] == '\r') {
                    len--;
                }
                return new String(line, 0, len, StandardCharsets.UTF_8);
            }
            if (len == line.length) {
                if (len >= MAX_LINE) {
                    throw new IOException("line longer than " + MAX_LINE + " bytes");
                }
                line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE, len * 2));
            }
            line[len++] = b;
        }
    }

    /**
     * Reads one {@code name: value} line of the AGI environment into {@code env}, decoding the
     * name (trimmed) and the value (after one blank) straight from the buffer when the line is
     * whole in it; a line without a colon is skipped, as {@link FastAgiSession#putVariable} does.
     *
     * @return false at the blank line that ends the environment
     * @throws EOFException at the end of the stream
     */
    public boolean readVariable(java.util.Map<String, String> env) throws IOException {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n') {
                int start = pos;
                pos = i + 1;
                int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                if (end == start) {
                    return false;
                }
                int colon = start;
                while (colon < end && buf[colon] != ':') {
                    colon++;
                }
                if (colon == start || colon == end) {
                    return true;
                }
                int keyStart = start;
                int keyEnd = colon;
                while (keyStart < keyEnd && (buf[keyStart] & 0xff) <= ' ') {
                    keyStart++;
                }
                while (keyEnd > keyStart && (buf[keyEnd - 1] & 0xff) <= ' ') {
                    keyEnd--;
                }
                int valueStart = colon + 1 < end && buf[colon + 1] == ' ' ? colon + 2 : colon + 1;
                env.put(new String(buf, keyStart, keyEnd - keyStart, StandardCharsets.UTF_8),
                        new String(buf, valueStart, end - valueStart, StandardCharsets.UTF_8));
                return true;
            }
        }
        String line = readLine();
        if (line.isEmpty()) {
            return false;
        }
        FastAgiSession.putVariable(env, line);
        return true;
    }
}
