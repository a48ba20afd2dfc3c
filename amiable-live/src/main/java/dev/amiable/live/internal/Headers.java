package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;

/**
 * Reads the headers the folds need from the event being folded, cheaply: each key is looked for
 * first where it was in the last event that had it (Asterisk writes one kind of event with the
 * same headers in the same order, so this is usually one comparison instead of a scan from the
 * first line); a key read twice for one event is read once; and a value whose bytes equal the
 * key's value last time (compared first, without hashing) or a recently read string comes back as
 * that string (no decoding, and its hash is already known, so
 * the Uniqueid of a channel the model holds costs no new string and no hashing).
 *
 * <p>One per model, used under the model's lock only: {@link #of} binds it to an event, and the
 * values it returns are valid for that event until the next {@code of}.
 */
final class Headers {
    /** Keys remembered: a power of two, well above the distinct keys the folds ask for. */
    private static final int KEY_SLOTS = 128;
    /** Recent values kept for reuse: a power of two. */
    private static final int VALUE_SLOTS = 1024;
    /** Longer values are decoded every time (variables' values, application data). */
    private static final int SHARE_MAX_HASHED = 64;

    private final String[] keys = new String[KEY_SLOTS];
    private final int[] at = new int[KEY_SLOTS];
    private final long[] readFor = new long[KEY_SLOTS];
    private final String[] read = new String[KEY_SLOTS];
    private final String[] recent = new String[VALUE_SLOTS];

    private AmiEvent e;
    /** Which event {@link #read} holds values of: bumped by every {@link #of}. */
    private long event;

    /** Binds this reader to {@code event}; returns this. */
    Headers of(AmiEvent event) {
        this.e = event;
        this.event++;
        return this;
    }

    /** The event bound by {@link #of}. */
    AmiEvent event() {
        return e;
    }

    /** The first value of {@code key} in the bound event, {@code ""} if empty, null if absent. */
    String get(String key) {
        int s = slot(key);
        if (s < 0) {
            return valueAt(e.indexOf(key, 0)); // more distinct keys than slots: no memory
        }
        if (readFor[s] == event) {
            return read[s];
        }
        int i = index(s, key);
        // the value this key had last time is the likeliest (the same channel's Uniqueid, its
        // state, its context): one comparison, no hashing
        String last = read[s];
        String v = last != null && i >= 0 && e.valueEquals(i, last) ? last : valueAt(i);
        read[s] = v;
        readFor[s] = event;
        return v;
    }

    /** Null for absent, empty, {@code <unknown>} and {@code (null)} values. */
    String text(String key) {
        return Fields.meaningful(get(key));
    }

    /** The value of {@code key} as a whole number, {@code absent} when absent, empty or malformed. */
    int intOr(String key, int absent) {
        return Fields.parseInt(get(key), absent);
    }

    /** True for {@code yes}, {@code 1}, {@code true}, {@code on} in any case. */
    boolean yes(String key) {
        return Fields.isYes(get(key));
    }

    /**
     * Whether {@code key} is present and its value's text is exactly {@code text}, decoding
     * nothing (when ASCII); does not remember the value as {@link #get} does.
     */
    boolean valueIs(String key, String text) {
        int s = slot(key);
        if (s >= 0 && readFor[s] == event) {
            return text.equals(read[s]);
        }
        int i = index(s, key);
        return i >= 0 && e.valueEquals(i, text);
    }

    /** The line of {@code key} in the bound event (its slot {@code s}, or -1 for none), or -1. */
    private int index(int s, String key) {
        if (s < 0) {
            return e.indexOf(key, 0);
        }
        int i = at[s];
        if (!e.keyIs(i, key)) {
            i = e.indexOf(key, 0);
            if (i >= 0) {
                at[s] = i;
            }
        }
        return i;
    }

    private String valueAt(int i) {
        if (i < 0) {
            return null;
        }
        int h = e.valueHash(i);
        int s = (h ^ (h >>> 16)) & (VALUE_SLOTS - 1);
        String r = recent[s];
        if (r != null && r.hashCode() == h && e.valueEquals(i, r)) {
            return r;
        }
        String v = e.value(i);
        if (v.length() <= SHARE_MAX_HASHED) {
            recent[s] = v;
        }
        return v;
    }

    /** The slot remembering {@code key} (keys are the folds' string constants), or -1 when full. */
    private int slot(String key) {
        int s = key.hashCode() & (KEY_SLOTS - 1);
        for (int n = 0; n < KEY_SLOTS; n++, s = (s + 1) & (KEY_SLOTS - 1)) {
            String k = keys[s];
            if (k == key) {
                return s;
            }
            if (k == null) {
                keys[s] = key;
                readFor[s] = -1;
                return s;
            }
            if (k.equals(key)) {
                return s;
            }
        }
        return -1;
    }
}
