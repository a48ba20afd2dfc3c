package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import java.time.Instant;
import java.util.Objects;

/** Small helpers for reading events into values: keep the old object when nothing changed. */
final class Fields {
    private Fields() {
    }

    /** Shared copies of the few values many objects repeat (contexts, extensions, bridge types). */
    private static final int SHARED_MAX = 4096;
    private static final java.util.Map<String, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One instance per distinct short value, so a thousand channels in context {@code ami-test}
     * hold one string. Bounded: past {@link #SHARED_MAX} values, new ones are not shared.
     */
    static String shared(String v) {
        if (v == null || v.length() > 32) {
            return v;
        }
        String s = SHARED.get(v);
        if (s != null) {
            return s;
        }
        if (SHARED.size() < SHARED_MAX) {
            s = SHARED.putIfAbsent(v, v);
            return s == null ? v : s;
        }
        return v;
    }

    /** {@code old} when it equals {@code now} (so unchanged values keep one instance), else {@code now}. */
    static String keep(String old, String now) {
        return Objects.equals(old, now) ? old : now;
    }

    /**
     * {@code old} when it equals {@code now}, else the {@link #shared} copy of {@code now}; an
     * unchanged value handed back as the same instance (see {@code Headers}) costs no lookup.
     */
    static String keepShared(String old, String now) {
        return now == old ? old : keep(old, shared(now));
    }

    /** The header {@code prefix + name}; {@code name} itself without a prefix (no new string per read). */
    static String key(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + name;
    }

    /** Null for absent, empty, {@code <unknown>} and {@code (null)} values. */
    static String text(AmiEvent e, String key) {
        return meaningful(e.get(key));
    }

    /** {@code v}, or null when it is null, empty, {@code <unknown>} or {@code (null)}. */
    static String meaningful(String v) {
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
        return parseInt(e.get(key), absent);
    }

    /** {@code v} as a whole number (spaces around it ignored), {@code absent} when null, empty or malformed. */
    static int parseInt(String v, int absent) {
        if (v == null || v.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException x) {
            return absent;
        }
    }

    /** True for {@code yes}, {@code 1}, {@code true}, {@code on} in any case; compares bytes, decodes nothing. */
    static boolean yes(AmiEvent e, String key) {
        int i = e.indexOf(key, 0);
        return i >= 0 && (e.valueEquals(i, "1") || e.valueEqualsIgnoreCase(i, "yes")
                || e.valueEqualsIgnoreCase(i, "true") || e.valueEqualsIgnoreCase(i, "on"));
    }

    /** True for {@code yes}, {@code 1}, {@code true}, {@code on} in any case. */
    static boolean isYes(String v) {
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
