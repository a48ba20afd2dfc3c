package dev.amiable.live.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

/**
 * A persistent (immutable) hash map: a hash array mapped trie. {@link #put} and {@link #remove}
 * return a new map sharing all but the path to the changed entry (a few small arrays, about
 * log32(n) of them), so a snapshot of many maps costs nothing to take and an update costs the
 * same whatever the size. Keys and values must not be null.
 *
 * <p>A {@link Edit} is the one kind of map that changes: the writer's working copy, written in
 * place where it can (see {@link Edit}), read like any map by its one writer, and frozen into a
 * plain map by {@link Edit#publish()}. A map that is not an {@code Edit} never changes.
 */
public class PMap<K, V> implements Iterable<PMap.Entry<K, V>> {
    private static final PMap<?, ?> EMPTY = new PMap<>(null, 0);
    /** Persistent writes: no token, so nothing is ever written in place. */
    private static final Edit<?, ?> PERSISTENT = new Edit<>(null, 0, null);

    Node root;
    int size;

    private PMap(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** The empty map. */
    @SuppressWarnings("unchecked")
    public static <K, V> PMap<K, V> empty() {
        return (PMap<K, V>) EMPTY;
    }

    public final int size() {
        return size;
    }

    public final boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    public final V get(Object key) {
        Node r = root;
        return r == null ? null : (V) r.find(key, spread(key.hashCode()), 0);
    }

    /** This map with {@code key} mapped to {@code value}; {@code this} when already so. */
    public PMap<K, V> put(K key, V value) {
        int h = spread(key.hashCode());
        if (root == null) {
            return new PMap<>(Node.single(h, key, value, null), 1);
        }
        Node r = root.put(0, h, key, value, PERSISTENT);
        return r == root ? this : new PMap<>(r, root.find(key, h, 0) == null ? size + 1 : size);
    }

    /** This map without {@code key}; {@code this} when it was absent. */
    public PMap<K, V> remove(Object key) {
        if (root == null) {
            return this;
        }
        Node r = root.remove(0, spread(key.hashCode()), key, PERSISTENT);
        if (r == root) {
            return this;
        }
        return r == null ? empty() : new PMap<>(r, size - 1);
    }

    /** A working copy of this map to write in place (see {@link Edit}). */
    public final Edit<K, V> edit() {
        return new Edit<>(root, size, this);
    }

    /**
     * The writer's working copy of a map: {@link #set} and {@link #delete} change it in place,
     * writing in place the trie nodes this edit made since it last published (so a run of writes
     * to the same entries copies each path once, not once per write), and copying the nodes it
     * shares with published maps. {@link #publish()} returns a plain map of the current content
     * and freezes every node made so far: the edit goes on with a new token, so later writes copy
     * those nodes again instead of changing a published map. One thread at a time; a map
     * published here may be handed to other threads through a volatile write or a lock.
     * {@link #put} and {@link #remove} on an edit are the persistent ones: they leave it alone.
     */
    public static final class Edit<K, V> extends PMap<K, V> {
        /** Owner of the nodes written in place; null for persistent writes. */
        Object token;
        /** Set by a node when the last {@link #set} added its key. */
        boolean grew;
        /** Set by a node when the last {@link #delete} removed its key in place. */
        boolean shrank;
        private PMap<K, V> published;

        private Edit(Node root, int size, PMap<K, V> published) {
            super(root, size);
            this.published = published;
            this.token = published == null ? null : new Object();
        }

        /** Maps {@code key} to {@code value}, in place. */
        public void set(K key, V value) {
            int h = spread(key.hashCode());
            published = null;
            if (root == null) {
                root = Node.single(h, key, value, token);
                size = 1;
                return;
            }
            grew = false;
            root = root.put(0, h, key, value, this);
            if (grew) {
                size++;
            }
        }

        /** Removes {@code key}, in place; nothing when absent. */
        public void delete(Object key) {
            if (root == null) {
                return;
            }
            shrank = false;
            Node r = root.remove(0, spread(key.hashCode()), key, this);
            if (shrank) {
                size--;
                published = null;
            }
            root = r;
        }

        /** {@link #set} when {@code value} is not null, else {@link #delete}. */
        public void assign(K key, V value) {
            if (value == null) {
                delete(key);
            } else {
                set(key, value);
            }
        }

        void added() {
            if (token != null) {
                grew = true;
            }
        }

        void removed() {
            if (token != null) {
                shrank = true;
            }
        }

        /** The current content as a map that never changes; the same map while nothing changed. */
        public PMap<K, V> publish() {
            PMap<K, V> p = published;
            if (p == null) {
                p = root == null ? empty() : new PMap<>(root, size);
                published = p;
                token = new Object();
            }
            return p;
        }
    }
    /** Calls {@code action} for every entry. */
    @SuppressWarnings("unchecked")
    public final void forEach(BiConsumer<? super K, ? super V> action) {
        if (root != null) {
            root.forEach((BiConsumer<Object, Object>) action);
        }
    }

    @Override
    public final Iterator<Entry<K, V>> iterator() {
        return new Iter<>(root);
    }

    /** Iterates the values. */
    public final Iterator<V> values() {
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
