package dev.amiable.live.internal;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A node of {@link PMap}'s trie: pairs in {@code array} ({@code key, value}, or {@code null, child}
 * for a sub-trie). With {@code bitmap != 0} it is indexed by five bits of the hash per level; a
 * node at the bottom ({@code shift >= 32}) holds colliding keys in a plain list
 * ({@code bitmap == 0}). Never changed once built.
 */
final class Node {
    final int bitmap;
    final Object[] array;
    /**
     * Whether the put that made this node added a key rather than replaced a value; meaningful
     * only on the node a put has just returned (fits in the object's padding: no memory cost).
     */
    final boolean grew;

    private Node(int bitmap, Object[] array) {
        this(bitmap, array, false);
    }

    private Node(int bitmap, Object[] array, boolean grew) {
        this.bitmap = bitmap;
        this.array = array;
        this.grew = grew;
    }

    static Node single(int hash, Object key, Object value) {
        return new Node(1 << (hash & 31), new Object[] {key, value});
    }

    Object find(Object key, int hash, int shift) {
        if (bitmap == 0) {
            for (int i = 0; i < array.length; i += 2) {
                if (key.equals(array[i])) {
                    return array[i + 1];
                }
            }
            return null;
        }
        int bit = 1 << ((hash >>> shift) & 31);
        if ((bitmap & bit) == 0) {
            return null;
        }
        int i = 2 * Integer.bitCount(bitmap & (bit - 1));
        Object k = array[i];
        if (k == null) {
            return ((Node) array[i + 1]).find(key, hash, shift + 5);
        }
        return key.equals(k) ? array[i + 1] : null;
    }

    /** This node with {@code key} put; a new node's {@link #grew} says whether the key was added. */
    Node put(int shift, int hash, Object key, Object value) {
        if (bitmap == 0) {
            return putCollision(key, value);
        }
        int bit = 1 << ((hash >>> shift) & 31);
        int i = 2 * Integer.bitCount(bitmap & (bit - 1));
        if ((bitmap & bit) == 0) {
            Object[] a = new Object[array.length + 2];
            System.arraycopy(array, 0, a, 0, i);
            a[i] = key;
            a[i + 1] = value;
            System.arraycopy(array, i, a, i + 2, array.length - i);
            return new Node(bitmap | bit, a, true);
        }
        Object k = array[i];
        Object v = array[i + 1];
        if (k == null) {
            Node child = (Node) v;
            Node c = child.put(shift + 5, hash, key, value);
            return c == child ? this : with(i + 1, c, c.grew);
        }
        if (key.equals(k)) {
            return v == value ? this : with(i + 1, value);
        }
        Node sub = pair(shift + 5, spreadOf(k), k, v, hash, key, value);
        Object[] a = array.clone();
        a[i] = null;
        a[i + 1] = sub;
        return new Node(bitmap, a, true);
    }

    Node remove(int shift, int hash, Object key) {
        if (bitmap == 0) {
            for (int i = 0; i < array.length; i += 2) {
                if (key.equals(array[i])) {
                    return array.length == 2 ? null : new Node(0, cut(i));
                }
            }
            return this;
        }
        int bit = 1 << ((hash >>> shift) & 31);
        if ((bitmap & bit) == 0) {
            return this;
        }
        int i = 2 * Integer.bitCount(bitmap & (bit - 1));
        Object k = array[i];
        if (k == null) {
            Node child = (Node) array[i + 1];
            Node c = child.remove(shift + 5, hash, key);
            if (c == child) {
                return this;
            }
            if (c != null) {
                return with(i + 1, c);
            }
        } else if (!key.equals(k)) {
            return this;
        }
        return bitmap == bit ? null : new Node(bitmap & ~bit, cut(i));
    }

    void forEach(BiConsumer<Object, Object> action) {
        for (int i = 0; i < array.length; i += 2) {
            if (array[i] == null) {
                ((Node) array[i + 1]).forEach(action);
            } else {
                action.accept(array[i], array[i + 1]);
            }
        }
    }

    private Node putCollision(Object key, Object value) {
        for (int i = 0; i < array.length; i += 2) {
            if (key.equals(array[i])) {
                return array[i + 1] == value ? this : with(i + 1, value);
            }
        }
        Object[] a = Arrays.copyOf(array, array.length + 2);
        a[array.length] = key;
        a[array.length + 1] = value;
        return new Node(0, a, true);
    }

    private static Node pair(int shift, int h1, Object k1, Object v1, int h2, Object k2, Object v2) {
        if (shift >= 32) {
            return new Node(0, new Object[] {k1, v1, k2, v2});
        }
        int b1 = (h1 >>> shift) & 31;
        int b2 = (h2 >>> shift) & 31;
        if (b1 == b2) {
            return new Node(1 << b1, new Object[] {null, pair(shift + 5, h1, k1, v1, h2, k2, v2)});
        }
        return b1 < b2 ? new Node((1 << b1) | (1 << b2), new Object[] {k1, v1, k2, v2})
                : new Node((1 << b1) | (1 << b2), new Object[] {k2, v2, k1, v1});
    }

    private static int spreadOf(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    private Node with(int i, Object value) {
        return with(i, value, false);
    }

    private Node with(int i, Object value, boolean grew) {
        Object[] a = array.clone();
        a[i] = value;
        return new Node(bitmap, a, grew);
    }

    private Object[] cut(int i) {
        Object[] a = new Object[array.length - 2];
        System.arraycopy(array, 0, a, 0, i);
        System.arraycopy(array, i + 2, a, i, array.length - i - 2);
        return a;
    }
}
