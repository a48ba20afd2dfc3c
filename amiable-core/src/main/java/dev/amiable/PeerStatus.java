package dev.amiable;

import java.time.Duration;

/**
 * A qualify result as AMI writes it: {@code OK (12 ms)}, {@code LAGGED (2100 ms)},
 * {@code UNREACHABLE}, {@code Unmonitored}.
 *
 * @param status  the word before the parenthesis, e.g. {@code OK}
 * @param latency the round trip in the parenthesis, or null when none is given
 */
public record PeerStatus(String status, Duration latency) {

    /** Parses the forms above; null for null or empty text. */
    public static PeerStatus parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        int open = t.indexOf('(');
        if (open < 0) {
            return new PeerStatus(t, null);
        }
        String status = t.substring(0, open).trim();
        int close = t.indexOf(')', open);
        String inner = t.substring(open + 1, close < 0 ? t.length() : close).trim();
        Duration latency = null;
        if (inner.endsWith("ms")) {
            try {
                latency = Duration.ofMillis(Long.parseLong(inner.substring(0, inner.length() - 2).trim()));
            } catch (NumberFormatException e) {
                latency = null;
            }
        }
        return new PeerStatus(status, latency);
    }

    /** Whether the status is {@code OK} or {@code Reachable}. */
    public boolean isReachable() {
        return status.equalsIgnoreCase("OK") || status.equalsIgnoreCase("Reachable");
    }
}
