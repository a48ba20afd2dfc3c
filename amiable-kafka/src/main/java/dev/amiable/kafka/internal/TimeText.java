package dev.amiable.kafka.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The time as written in records: ISO-8601 in UTC, to the millisecond
 * ({@code 2026-12-04T16:15:58.123Z}), kept as ASCII bytes. The date and time of day are formatted
 * once per second; per call only the three digits of the milliseconds are written into the kept
 * array. One instance per thread (not thread-safe).
 */
final class TimeText {
    private long second = Long.MIN_VALUE;
    /** {@code …T16:15:58.mmmZ}: the part up to the dot changes once per second, then 4 bytes. */
    private byte[] text = new byte[0];

    /**
     * {@code millis} (since the epoch, not before 1970) as ASCII bytes, in an array this instance
     * reuses (exactly as long as the text): valid until the next call, not to be kept or changed.
     */
    byte[] bytes(long millis) {
        long s = Math.floorDiv(millis, 1000);
        if (s != second) {
            String full = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(s)); // …T16:15:58Z
            byte[] prefix = full.substring(0, full.length() - 1).getBytes(StandardCharsets.US_ASCII);
            text = Arrays.copyOf(prefix, prefix.length + 5);
            text[prefix.length] = '.';
            text[text.length - 1] = 'Z';
            second = s;
        }
        int ms = (int) Math.floorMod(millis, 1000);
        int end = text.length - 1;
        text[end - 3] = (byte) ('0' + ms / 100);
        text[end - 2] = (byte) ('0' + ms / 10 % 10);
        text[end - 1] = (byte) ('0' + ms % 10);
        return text;
    }

    /** {@code millis} as text (for the records written rarely: gaps, changes). */
    String format(long millis) {
        byte[] b = bytes(millis);
        return new String(b, 0, b.length, StandardCharsets.US_ASCII);
    }
}
