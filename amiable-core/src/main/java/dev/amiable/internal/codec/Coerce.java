package dev.amiable.internal.codec;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The value coercions behind the typed accessors, written once. None of them throws on server
 * data: an absent or malformed value gives the documented fallback.
 */
public final class Coerce {
    private static final long ZEROS = 0x3030303030303030L;
    private static final long HIGH_NIBBLES = 0xf0f0f0f0f0f0f0f0L;
    /** The length of the epoch form Asterisk sends: ten digits, a dot, six digits. */
    private static final int MICROS_FORM = 17;
    private static final DateTimeFormatter EVENT_TV = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private Coerce() {
    }

    /** Decimal integer in {@code buf[from, to)}, spaces around allowed; {@code fallback} otherwise. */
    public static long parseLong(byte[] buf, int from, int to, long fallback) {
        while (from < to && buf[from] == ' ') {
            from++;
        }
        while (to > from && buf[to - 1] == ' ') {
            to--;
        }
        if (from >= to) {
            return fallback;
        }
        boolean neg = false;
        if (buf[from] == '-' || buf[from] == '+') {
            neg = buf[from] == '-';
            from++;
            if (from == to) {
                return fallback;
            }
        }
        if (to - from > 18) {
            return fallback; // would overflow; never a real AMI count
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return fallback;
            }
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    /** {@link #parseLong} narrowed to int; out-of-range values give {@code fallback}. */
    public static int parseInt(byte[] buf, int from, int to, int fallback) {
        long v = parseLong(buf, from, to, Long.MIN_VALUE);
        if (v == Long.MIN_VALUE || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            return fallback;
        }
        return (int) v;
    }

    /**
     * A decimal number, or NaN. A unit in parentheses after it is allowed, as Asterisk 1.8 sends
     * {@code RTT: 0.0123(sec)} and {@code DLSR: 1.5000 (sec)}.
     */
    public static double parseDecimal(String s) {
        if (s == null) {
            return Double.NaN;
        }
        String t = s.trim();
        if (t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            t = open > 0 ? t.substring(0, open).trim() : t;
        }
        if (t.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code Yes}, {@code true}, {@code 1}, {@code on}, {@code y} (any case) are true; everything else false. */
    public static boolean parseBoolean(String s) {
        if (s == null) {
            return false;
        }
        String t = s.trim();
        return t.equalsIgnoreCase("yes") || t.equalsIgnoreCase("true") || t.equals("1")
                || t.equalsIgnoreCase("on") || t.equalsIgnoreCase("y");
    }

    /**
     * {@code hh:mm:ss}, {@code mm:ss} or a number of seconds (fraction allowed) as a duration;
     * null when absent, empty or malformed.
     */
    public static Duration parseDuration(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.indexOf(':') >= 0) {
            // up to three parts of 1-9 digits each, split by ':' (no array, no substrings)
            long secs = 0;
            int parts = 0;
            int from = 0;
            while (true) {
                int to = t.indexOf(':', from);
                int end = to < 0 ? t.length() : to;
                if (++parts > 3 || end == from || end - from > 9) {
                    return null;
                }
                long v = 0;
                for (int i = from; i < end; i++) {
                    char c = t.charAt(i);
                    if (c < '0' || c > '9') {
                        return null;
                    }
                    v = v * 10 + (c - '0');
                }
                secs = secs * 60 + v;
                if (to < 0) {
                    return Duration.ofSeconds(secs);
                }
                from = to + 1;
            }
        }
        double d = parseDecimal(t);
        if (Double.isNaN(d) || d < 0 || Double.isInfinite(d) || d > 1e15) {
            return null;
        }
        long whole = (long) d;
        return Duration.ofSeconds(whole, Math.round((d - whole) * 1e9));
    }

    /**
     * Epoch seconds with an optional fraction ({@code 1795349769.940906}) or Asterisk's event time
     * ({@code 2026-11-22T12:16:09.940+0000}, ISO-8601 also accepted); null otherwise.
     */
    public static Instant parseInstant(String s) {
        if (s == null) {
            return null;
        }
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1); // anything beyond Latin-1 is not a digit anyway
        Instant epoch = parseEpochSeconds(b, 0, b.length);
        return epoch != null ? epoch : parseDateTime(s.trim());
    }

    /**
     * {@link #parseInstant(String)} of the UTF-8 text in {@code buf[from, to)}; the epoch-seconds
     * form, which Asterisk sends in every {@code Timestamp}, is read without making a string.
     */
    public static Instant parseInstant(byte[] buf, int from, int to) {
        Instant epoch = parseEpochSeconds(buf, from, to);
        return epoch != null ? epoch : parseDateTime(Text.decode(buf, from, to - from).trim());
    }

    /** Digits, at most one dot, spaces around: 12 digits of seconds, 9 of fraction; null otherwise. */
    private static Instant parseEpochSeconds(byte[] b, int from, int to) {
        while (from < to && (b[from] & 0xff) <= ' ') {
            from++;
        }
        while (to > from && (b[to - 1] & 0xff) <= ' ') {
            to--;
        }
        if (to - from == MICROS_FORM && b[from + 10] == '.') {
            Instant quick = parseMicrosForm(b, from);
            if (quick != null) {
                return quick;
            }
        }
        long seconds = 0;
        int i = from;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            seconds = seconds * 10 + d;
        }
        int wholeLength = i - from;
        if (wholeLength == 0 || wholeLength > 12) {
            return null;
        }
        long nanos = 0;
        int scale = 1_000_000_000;
        if (i < to) {
            if (b[i] != '.' || to - i - 1 > 9) {
                return null;
            }
            for (i++; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return null;
                }
                nanos = nanos * 10 + d;
                scale /= 10;
            }
        }
        return Instant.ofEpochSecond(seconds, nanos * scale);
    }

    /**
     * {@code b[from, from + 17)} as Asterisk writes every {@code Timestamp} (ten digits of seconds,
     * a dot at {@code from + 10}, six of microseconds), eight digits at a time; null when a byte
     * that should be a digit is not one.
     */
    private static Instant parseMicrosForm(byte[] b, int from) {
        long first8 = eightDigits(Bytes.word(b, from));
        // the word from + 9 holds the ninth digit, the dot and the six fraction digits: the first
        // two become zeros, so it reads as the fraction
        long micros = eightDigits((Bytes.word(b, from + 9) & ~0xffffL) | 0x3030L);
        int d8 = b[from + 8] - '0';
        int d9 = b[from + 9] - '0';
        if (first8 < 0 || micros < 0 || d8 < 0 || d8 > 9 || d9 < 0 || d9 > 9) {
            return null;
        }
        return Instant.ofEpochSecond(first8 * 100 + d8 * 10 + d9, micros * 1000);
    }

    /**
     * The number written by the eight ASCII digits of a little-endian word (its lowest byte is the
     * first digit), or -1 when any byte is not a digit.
     */
    static long eightDigits(long w) {
        // a byte is a digit when its high nibble is 3, and still 3 once 6 is added
        if (((w & HIGH_NIBBLES) | (((w + 0x0606060606060606L) & HIGH_NIBBLES) >>> 4)) != 0x3333333333333333L) {
            return -1;
        }
        long d = w - ZEROS;
        d = d * 10 + (d >>> 8); // even bytes now hold two-digit pairs
        return ((d & 0x000000ff000000ffL) * (100 + (1_000_000L << 32))
                + ((d >>> 16) & 0x000000ff000000ffL) * (1 + (10_000L << 32))) >>> 32;
    }

    private static Instant parseDateTime(String t) {
        if (t.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t, EVENT_TV).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
