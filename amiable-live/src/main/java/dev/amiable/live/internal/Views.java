package dev.amiable.live.internal;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Unmodifiable {@code java.util} views of a {@link PMap}, made in O(1). */
final class Views {
    private Views() {
    }

    static <V> Collection<V> values(PMap<?, V> map) {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return map.values();
            }

            @Override
            public int size() {
                return map.size();
            }
        };
    }

    static <K, V> Map<K, V> map(PMap<K, V> map) {
        return new AbstractMap<>() {
            @Override
            public V get(Object key) {
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
            public Set<Map.Entry<K, V>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Map.Entry<K, V>> iterator() {
                        Iterator<PMap.Entry<K, V>> it = map.iterator();
                        return new Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return it.hasNext();
                            }

                            @Override
                            public Map.Entry<K, V> next() {
                                PMap.Entry<K, V> e = it.next();
                                return new AbstractMap.SimpleImmutableEntry<>(e.key(), e.value());
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return map.size();
                    }
                };
            }
        };
    }
}
