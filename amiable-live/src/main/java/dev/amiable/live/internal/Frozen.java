package dev.amiable.live.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array this list owns: made from a copy the model builds anyway,
 * so a call's channel list costs one array, not the two of {@code List.of(array)} or
 * {@code List.copyOf(list)} (each copies again). Lists of one or two are {@code List.of}'s,
 * which hold their elements without an array.
 */
final class Frozen<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] items;

    private Frozen(Object[] items) {
        this.items = items;
    }

    /** {@code list} with element {@code at} replaced by {@code e}: one new array. */
    static <E> List<E> replacing(List<E> list, int at, E e) {
        if (list.size() == 1) {
            return List.of(e);
        }
        if (list.size() == 2) {
            return at == 0 ? List.of(e, list.get(1)) : List.of(list.get(0), e);
        }
        Object[] a = list instanceof Frozen<?> f ? f.items.clone() : list.toArray();
        a[at] = e;
        return new Frozen<>(a);
    }

    /** An unmodifiable copy of {@code list}: one new array. */
    static <E> List<E> copyOf(List<E> list) {
        switch (list.size()) {
            case 0:
                return List.of();
            case 1:
                return List.of(list.get(0));
            case 2:
                return List.of(list.get(0), list.get(1));
            default:
                return new Frozen<>(list.toArray());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Object[] toArray() {
        return items.clone();
    }
}
