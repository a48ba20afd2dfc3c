package dev.amiable.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The recorded busy period of a real Asterisk 22 (02-busy-period.txt, byte for byte, CRLF kept),
 * loaded from the jar, and views of it the benchmarks need.
 */
public final class Capture {
    /** The whole capture: greeting, responses and events. */
    public static final byte[] BUSY = load("/02-busy-period.txt");
    /** Event frames of the capture only (each with its blank line), in wire order. */
    public static final byte[] BUSY_EVENTS = eventsOnly(BUSY);
    /** Number of {@code Event:} frames in the capture (11,880). */
    public static final int BUSY_EVENT_COUNT = countEvents(BUSY);

    private Capture() {
    }

    static byte[] load(String name) {
        try (InputStream in = Capture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the benchmarks jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int countEvents(byte[] b) {
        int n = 0;
        boolean lineStart = true;
        for (int i = 0; i < b.length; i++) {
            if (lineStart && startsWith(b, i, "Event:")) {
                // count only frame-first lines: the previous line must be blank or the start
                if (i == 0 || isFrameStart(b, i)) {
                    n++;
                }
            }
            lineStart = b[i] == '\n';
        }
        return n;
    }

    private static boolean isFrameStart(byte[] b, int i) {
        // preceded by "\r\n\r\n" or "\n\n"
        return (i >= 4 && b[i - 1] == '\n' && b[i - 2] == '\r' && b[i - 3] == '\n')
                || (i >= 2 && b[i - 1] == '\n' && b[i - 2] == '\n');
    }

    static boolean startsWith(byte[] b, int i, String s) {
        if (i + s.length() > b.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps only frames whose first line is {@code Event:}; drops the greeting and responses. */
    static byte[] eventsOnly(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int i = 0;
        while (i < b.length) {
            int end = frameEnd(b, i);
            if (startsWith(b, i, "Event:")) {
                out.write(b, i, end - i);
            }
            i = end;
        }
        return out.toByteArray();
    }

    /** Index after the blank line that ends the frame (or line) starting at {@code i}. */
    static int frameEnd(byte[] b, int i) {
        int lineStart = i;
        for (int k = i; k < b.length; k++) {
            if (b[k] == '\n') {
                int len = k - lineStart;
                if (len == 0 || (len == 1 && b[lineStart] == '\r')) {
                    return k + 1;
                }
                if (startsWith(b, lineStart, "Asterisk Call Manager/")) {
                    return k + 1; // the greeting is a frame of its own
                }
                lineStart = k + 1;
            }
        }
        return b.length;
    }

    public static String describe() {
        return BUSY.length + " bytes, " + BUSY_EVENT_COUNT + " events (" + BUSY_EVENTS.length + " bytes of event frames)";
    }

    public static void main(String[] args) {
        System.out.println(describe());
        System.out.println(new String(BUSY_EVENTS, 0, 200, StandardCharsets.ISO_8859_1));
    }
}
