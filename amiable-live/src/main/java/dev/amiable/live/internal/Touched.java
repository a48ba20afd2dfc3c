package dev.amiable.live.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The keys events touched since a resync began, per kind. A list item about a touched key is
 * older than what the events said (the event came later on the wire, or it came earlier and
 * already carried the whole object), so the resync leaves such keys as the events made them.
 */
final class Touched {
    static final int CHANNEL = 0;
    static final int BRIDGE = 1;
    /** A channel whose bridge membership an event changed. */
    static final int MEMBERSHIP = 2;
    static final int QUEUE = 3;
    /** {@code queue + '\0' + interface}. */
    static final int MEMBER = 4;
    /** A queue caller's Uniqueid. */
    static final int CALLER = 5;
    static final int AGENT = 6;
    static final int PARKED = 7;
    static final int CONFERENCE = 8;
    static final int DEVICE = 9;
    static final int EXTENSION = 10;
    static final int PRESENCE = 11;
    /**
     * A channel (Uniqueid) or bridge an event named itself, not one changed as a side effect (a
     * channel whose bridge was destroyed): only these outlive a resync's list that omits them.
     */
    static final int NAMED_CHANNEL = 12;
    static final int NAMED_BRIDGE = 13;

    @SuppressWarnings("unchecked")
    private final Set<String>[] sets = new Set[14];

    Touched() {
        for (int i = 0; i < sets.length; i++) {
            sets[i] = new HashSet<>();
        }
    }

    void add(int kind, String key) {
        if (key != null) {
            sets[kind].add(key);
        }
    }

    boolean has(int kind, String key) {
        return sets[kind].contains(key);
    }
}
