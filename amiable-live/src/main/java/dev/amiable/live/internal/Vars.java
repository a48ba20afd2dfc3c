package dev.amiable.live.internal;

import java.util.Map;

/**
 * A channel's variables: an unmodifiable map over a {@link PMap}, so setting one variable copies
 * a path of the trie rather than the whole map.
 */
final class Vars extends Views.MapView<String, String> {
    static final Vars EMPTY = new Vars(PMap.empty());

    private Vars(PMap<String, String> map) {
        super(map);
    }

    static Vars of(Map<String, String> m) {
        if (m instanceof Vars v) {
            return v;
        }
        PMap<String, String> p = PMap.empty();
        for (Map.Entry<String, String> e : m.entrySet()) {
            p = p.put(e.getKey(), e.getValue());
        }
        return new Vars(p);
    }

    /** These variables with {@code name} set to {@code value}. */
    Vars with(String name, String value) {
        PMap<String, String> p = map.put(name, value);
        return p == map ? this : new Vars(p);
    }
}
