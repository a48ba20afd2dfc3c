package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import java.time.Instant;
import java.util.Objects;

/** Small helpers for reading events into values: keep the old object when nothing changed. */
final class Fields {
    private Fields() {
    }

    /** {@code old} when it equals {@code now} (so unchanged values keep one instance), else {@code now}. */
    static String keep(String old, String now) {
        return Objects.equals(old, now) ? old : now;
    }

    /** Null for absent, empty, {@code <unknown>} and {@code (null)} values. */
    static String text(AmiEvent e, String key) {
        String v = e.get(key);
        if (v == null || v.isEmpty() || "<unknown>".equals(v) || "(null)".equals(v)) {
            return null;
        }
        return v;
    }

    /** The event's server time when it carries one ({@code timestampevents}), else now. */
    static Instant time(AmiEvent e) {
        Instant t = e.timestamp();
        return t != null ? t : Instant.now();
    }

    static int intOr(AmiEvent e, String key, int absent) {
        String v = e.get(key);
        if (v == null || v.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException x) {
            return absent;
        }
    }

    static boolean yes(AmiEvent e, String key) {
        String v = e.get(key);
        return v != null && (v.equalsIgnoreCase("yes") || v.equals("1") || v.equalsIgnoreCase("true")
                || v.equalsIgnoreCase("on"));
    }

    static long parseLong(String v, long absent) {
        if (v == null) {
            return absent;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException x) {
            return absent;
        }
    }
}
