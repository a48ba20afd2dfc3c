package dev.amiable.live.internal;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A channel's variables: an unmodifiable map over a {@link PMap}, so setting one variable copies
 * a path of the trie rather than the whole map.
 */
final class Vars extends AbstractMap<String, String> {
    static final Vars EMPTY = new Vars(PMap.empty());

    private final PMap<String, String> map;
    private final Map<String, String> view;

    private Vars(PMap<String, String> map) {
        this.map = map;
        this.view = Views.map(map);
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

    @Override
    public String get(Object key) {
        return key == null ? null : map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return view.entrySet();
    }
}
