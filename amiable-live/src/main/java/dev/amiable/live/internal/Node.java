package dev.amiable.live.internal;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A node of {@link PMap}'s trie: pairs in {@code array} ({@code key, value}, or {@code null, child}
 * for a sub-trie). With {@code bitmap != 0} it is indexed by five bits of the hash per level; a
 * node at the bottom ({@code shift >= 32}) holds colliding keys in a plain list
 * ({@code bitmap == 0}).
 *
 * <p>A node made by a {@link PMap.Edit} is owned by that edit's current token ({@link #owner}) and
 * written in place by it: a replaced value or child in its array, a grown or shrunk array swapped
 * in. Once the edit publishes, it takes a new token, so no one owns the node any more and it never
 * changes again. A node made by a persistent put or remove has no owner. Writes in place never
 * reshape an array a reader may be walking: a key is added or removed by swapping in a new array.
 */
final class Node {
    int bitmap;
    Object[] array;
    /** The edit token allowed to write this node in place, or null. */
    final Object owner;

    private Node(int bitmap, Object[] array, Object owner) {
        this.bitmap = bitmap;
        this.array = array;
        this.owner = owner;
    }

    static Node single(int hash, Object key, Object value, Object owner) {
        return new Node(1 << (hash & 31), new Object[] {key, value}, owner);
    }

    Object find(Object key, int hash, int shift) {
        Node n = this;
        while (true) {
            Object[] a = n.array;
            if (n.bitmap == 0) {
                for (int i = 0; i < a.length; i += 2) {
                    if (key.equals(a[i])) {
                        return a[i + 1];
                    }
                }
                return null;
            }
            int bit = 1 << ((hash >>> shift) & 31);
            if ((n.bitmap & bit) == 0) {
                return null;
            }
            int i = 2 * Integer.bitCount(n.bitmap & (bit - 1));
            Object k = a[i];
            if (k != null) {
                return k == key || key.equals(k) ? a[i + 1] : null;
            }
            n = (Node) a[i + 1];
            shift += 5;
        }
    }

    /**
     * This node with {@code key} put: {@code this} when unchanged or written in place (owned by
     * {@code ed}'s token), else a new node. {@code ed.grew} is set when the key was added.
     */
    Node put(int shift, int hash, Object key, Object value, PMap.Edit<?, ?> ed) {
        if (bitmap == 0) {
            return putCollision(key, value, ed);
        }
        int bit = 1 << ((hash >>> shift) & 31);
        int i = 2 * Integer.bitCount(bitmap & (bit - 1));
        if ((bitmap & bit) == 0) {
            Object[] a = new Object[array.length + 2];
            System.arraycopy(array, 0, a, 0, i);
            a[i] = key;
            a[i + 1] = value;
            System.arraycopy(array, i, a, i + 2, array.length - i);
            ed.added();
            return reshaped(bitmap | bit, a, ed);
        }
        Object k = array[i];
        Object v = array[i + 1];
        if (k == null) {
            Node child = (Node) v;
            Node c = child.put(shift + 5, hash, key, value, ed);
            return c == child ? this : with(i + 1, c, ed);
        }
        if (k == key || key.equals(k)) {
            return v == value ? this : with(i + 1, value, ed);
        }
        Node sub = pair(shift + 5, spreadOf(k), k, v, hash, key, value, ed.token);
        Object[] a = array.clone();
        a[i] = null;
        a[i + 1] = sub;
        ed.added();
        return reshaped(bitmap, a, ed);
    }

    /** This node without {@code key}: {@code this} when absent or removed in place, null when now empty. */
    Node remove(int shift, int hash, Object key, PMap.Edit<?, ?> ed) {
        if (bitmap == 0) {
            for (int i = 0; i < array.length; i += 2) {
                if (key.equals(array[i])) {
                    ed.removed();
                    return array.length == 2 ? null : reshaped(0, cut(i), ed);
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
            Node c = child.remove(shift + 5, hash, key, ed);
            if (c == child) {
                return this;
            }
            if (c != null) {
                return with(i + 1, c, ed);
            }
        } else if (!key.equals(k)) {
            return this;
        } else {
            ed.removed();
        }
        return bitmap == bit ? null : reshaped(bitmap & ~bit, cut(i), ed);
    }

    void forEach(BiConsumer<Object, Object> action) {
        Object[] a = array;
        for (int i = 0; i < a.length; i += 2) {
            if (a[i] == null) {
                ((Node) a[i + 1]).forEach(action);
            } else {
                action.accept(a[i], a[i + 1]);
            }
        }
    }

    private Node putCollision(Object key, Object value, PMap.Edit<?, ?> ed) {
        for (int i = 0; i < array.length; i += 2) {
            if (key.equals(array[i])) {
                return array[i + 1] == value ? this : with(i + 1, value, ed);
            }
        }
        Object[] a = Arrays.copyOf(array, array.length + 2);
        a[array.length] = key;
        a[array.length + 1] = value;
        ed.added();
        return reshaped(0, a, ed);
    }

    private static Node pair(int shift, int h1, Object k1, Object v1, int h2, Object k2, Object v2, Object owner) {
        if (shift >= 32) {
            return new Node(0, new Object[] {k1, v1, k2, v2}, owner);
        }
        int b1 = (h1 >>> shift) & 31;
        int b2 = (h2 >>> shift) & 31;
        if (b1 == b2) {
            return new Node(1 << b1, new Object[] {null, pair(shift + 5, h1, k1, v1, h2, k2, v2, owner)}, owner);
        }
        return b1 < b2 ? new Node((1 << b1) | (1 << b2), new Object[] {k1, v1, k2, v2}, owner)
                : new Node((1 << b1) | (1 << b2), new Object[] {k2, v2, k1, v1}, owner);
    }

    private static int spreadOf(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    private boolean owned(PMap.Edit<?, ?> ed) {
        return owner != null && owner == ed.token;
    }

    /** Slot {@code i} set to {@code value}: in place when owned, else on a copy. */
    private Node with(int i, Object value, PMap.Edit<?, ?> ed) {
        if (owned(ed)) {
            array[i] = value;
            return this;
        }
        Object[] a = array.clone();
        a[i] = value;
        return new Node(bitmap, a, ed.token);
    }

    /** A new shape (array already new): swapped in when owned, else a new node. */
    private Node reshaped(int newBitmap, Object[] a, PMap.Edit<?, ?> ed) {
        if (owned(ed)) {
            bitmap = newBitmap;
            array = a;
            return this;
        }
        return new Node(newBitmap, a, ed.token);
    }

    private Object[] cut(int i) {
        Object[] a = new Object[array.length - 2];
        System.arraycopy(array, 0, a, 0, i);
        System.arraycopy(array, i + 2, a, i, array.length - i - 2);
        return a;
    }
}
