package dev.amiable.kafka.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The time as written in records: ISO-8601 in UTC, to the millisecond
 * ({@code 2026-12-04T16:15:58.123Z}). Formats the date and time of day once per second and appends
 * the milliseconds; one instance per thread (not thread-safe).
 */
final class TimeText {
    private long second = Long.MIN_VALUE;
    private String prefix;

    /** {@code millis} (since the epoch, not before 1970) as text. */
    String format(long millis) {
        long s = Math.floorDiv(millis, 1000);
        if (s != second) {
            String full = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(s)); // …T16:15:58Z
            prefix = full.substring(0, full.length() - 1) + '.';
            second = s;
        }
        int ms = (int) Math.floorMod(millis, 1000);
        char[] tail = {(char) ('0' + ms / 100), (char) ('0' + ms / 10 % 10), (char) ('0' + ms % 10), 'Z'};
        return prefix.concat(new String(tail));
    }
}
