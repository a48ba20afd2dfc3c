package dev.amiable.live.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

/**
 * A persistent (immutable) hash map: a hash array mapped trie. {@link #put} and {@link #remove}
 * return a new map sharing all but the path to the changed entry (a few small arrays, about
 * log32(n) of them), so a snapshot of many maps costs nothing to take and an update costs the
 * same whatever the size. Keys and values must not be null.
 */
public final class PMap<K, V> implements Iterable<PMap.Entry<K, V>> {
    private static final PMap<?, ?> EMPTY = new PMap<>(null, 0);

    private final Node root;
    private final int size;

    private PMap(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** The empty map. */
    @SuppressWarnings("unchecked")
    public static <K, V> PMap<K, V> empty() {
        return (PMap<K, V>) EMPTY;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        return root == null ? null : (V) root.find(key, spread(key.hashCode()), 0);
    }

    /** This map with {@code key} mapped to {@code value}; {@code this} when already so. */
    public PMap<K, V> put(K key, V value) {
        int h = spread(key.hashCode());
        if (root == null) {
            return new PMap<>(Node.single(h, key, value), 1);
        }
        Node r = root.put(0, h, key, value);
        return r == root ? this : new PMap<>(r, r.grew ? size + 1 : size);
    }

    /** This map without {@code key}; {@code this} when it was absent. */
    public PMap<K, V> remove(Object key) {
        if (root == null) {
            return this;
        }
        Node r = root.remove(0, spread(key.hashCode()), key);
        if (r == root) {
            return this;
        }
        return r == null ? empty() : new PMap<>(r, size - 1);
    }

    /** Calls {@code action} for every entry. */
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (root != null) {
            root.forEach((BiConsumer<Object, Object>) action);
        }
    }

    @Override
    public Iterator<Entry<K, V>> iterator() {
        return new Iter<>(root);
    }

    /** Iterates the values. */
    public Iterator<V> values() {
        Iter<K, V> it = new Iter<>(root);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public V next() {
                return it.next().value();
            }
        };
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** One key and value. */
    public record Entry<K, V>(K key, V value) {
    }

    /** Depth-first walk with an explicit stack of nodes and positions. */
    private static final class Iter<K, V> implements Iterator<Entry<K, V>> {
        private final Node[] nodes = new Node[8];
        private final int[] pos = new int[8];
        private int depth = -1;
        private Object nextKey;
        private Object nextValue;

        Iter(Node root) {
            if (root != null) {
                nodes[0] = root;
                depth = 0;
            }
            advance();
        }

        private void advance() {
            nextKey = null;
            while (depth >= 0) {
                Node n = nodes[depth];
                int p = pos[depth];
                if (p >= n.array.length) {
                    pos[depth] = 0;
                    depth--;
                    continue;
                }
                pos[depth] = p + 2;
                Object k = n.array[p];
                Object v = n.array[p + 1];
                if (k == null) {
                    depth++;
                    nodes[depth] = (Node) v;
                    pos[depth] = 0;
                } else {
                    nextKey = k;
                    nextValue = v;
                    return;
                }
            }
        }

        @Override
        public boolean hasNext() {
            return nextKey != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Entry<K, V> next() {
            if (nextKey == null) {
                throw new NoSuchElementException();
            }
            Entry<K, V> e = new Entry<>((K) nextKey, (V) nextValue);
            advance();
            return e;
        }
    }
}
