package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import java.util.Map;

/**
 * A channel's variables: an unmodifiable map over a {@link PMap}, so setting one variable copies
 * a path of the trie rather than the whole map. Variables made within one batch of events that
 * nobody has seen yet (see {@link Model#unseenToken()}) are over a {@link PMap.Edit} and written
 * in place by later {@code VarSet}s of the same batch: a run of variables set at a call's start
 * copies each path once, and makes no new map and no new channel per variable.
 */
final class Vars extends Views.MapView<String, String> {
    static final Vars EMPTY = new Vars(PMap.empty(), null);
    private static final String CHAN_VARIABLE = "ChanVariable";

    /** The batch whose writer may still change this map in place, or null: then it never changes. */
    private final Object owner;

    private Vars(PMap<String, String> map, Object owner) {
        super(map);
        this.owner = owner;
    }

    static Vars of(Map<String, String> m) {
        if (m instanceof Vars v) {
            return v;
        }
        PMap<String, String> p = PMap.empty();
        for (Map.Entry<String, String> e : m.entrySet()) {
            p = p.put(e.getKey(), e.getValue());
        }
        return new Vars(p, null);
    }

    /**
     * The variables of an event's {@code ChanVariable: name=value} lines (a later duplicate name
     * wins), read straight into the trie; those of the {@code ChanVariable(channel)} lines of
     * Asterisk 1.8 to 11 when there are none; null when there are neither.
     */
    static Vars chanVariables(AmiEvent e) {
        int i = e.indexOf(CHAN_VARIABLE, 0);
        if (i < 0) {
            Map<String, String> old = e.getVariables(CHAN_VARIABLE);
            return old.isEmpty() ? null : of(old);
        }
        PMap.Edit<String, String> ed = PMap.<String, String>empty().edit();
        for (; i >= 0; i = e.indexOf(CHAN_VARIABLE, i + 1)) {
            String v = e.value(i);
            int eq = v.indexOf('=');
            ed.set(eq < 0 ? v : v.substring(0, eq), eq < 0 ? "" : v.substring(eq + 1));
        }
        return new Vars(ed.publish(), null);
    }

    /** These variables with {@code name} set to {@code value}. */
    Vars with(String name, String value) {
        PMap<String, String> p = map.put(name, value);
        return p == map ? this : new Vars(p, null);
    }

    /**
     * These variables with {@code name} set to {@code value}, written in place when they belong
     * to {@code batch} (then this very instance comes back), else a copy that belongs to it (or,
     * for a null {@code batch}, a plain persistent copy).
     */
    @SuppressWarnings("unchecked")
    Vars with(String name, String value, Object batch) {
        if (batch == null) {
            return with(name, value);
        }
        if (owner == batch) {
            ((PMap.Edit<String, String>) map).set(name, value);
            return this;
        }
        PMap.Edit<String, String> ed = map.edit();
        ed.set(name, value);
        return new Vars(ed, batch);
    }

    /** Whether {@link #with(String, String, Object)} for {@code batch} writes this map in place. */
    boolean ownedBy(Object batch) {
        return batch != null && owner == batch;
    }
}
