package dev.amiable.kafka.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Header names looked up by their bytes in a frame, each given a small number ({@code id}, 0, 1,
 * 2, ... in order of first sight), its string (ISO-8859-1, as {@code Frame.key} makes it) and its
 * JSON field name, encoded once for Jackson. One lookup per header replaces making or interning
 * a string and then finding its encoding. An open-addressing table, at most half full; bounded:
 * past {@code max} names a new name gets {@code -1} (the caller then falls back to strings), so a
 * server inventing names cannot grow it for ever. Spelling counts (no case folding). One thread
 * at a time.
 */
final class HeaderNames {
    /** The id of a name the table is too full to keep. */
    static final int NONE = -1;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int max;
    /** Per slot: the id + 1 of the name there, 0 when empty. */
    private int[] slots = new int[256];
    private int[] hashes = new int[256];
    private byte[][] bytes = new byte[64][];
    private String[] names = new String[64];
    private SerializableString[] encoded = new SerializableString[64];
    private int size;

    HeaderNames(int max) {
        this.max = max;
    }

    /** The id of the name {@code b[from, from + len)}, added if new; {@link #NONE} when full. */
    int id(byte[] b, int from, int len) {
        int h = hash(b, from, len);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                return add(b, from, len, h, i);
            }
            if (hashes[i] == h && same(bytes[s - 1], b, from, len)) {
                return s - 1;
            }
        }
    }

    /** The id of {@code name} (ISO-8859-1 bytes), added if new; {@link #NONE} when full. */
    int id(String name) {
        byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
        return id(b, 0, b.length);
    }

    /** The name of id {@code id}. */
    String name(int id) {
        return names[id];
    }

    /** The JSON field name of id {@code id}. */
    SerializableString encoded(int id) {
        return encoded[id];
    }

    /** Names held; ids are below this. */
    int size() {
        return size;
    }

    private int add(byte[] b, int from, int len, int h, int slot) {
        if (size >= max) {
            return NONE;
        }
        int id = size++;
        if (id == names.length) {
            int n = 2 * names.length;
            bytes = Arrays.copyOf(bytes, n);
            names = Arrays.copyOf(names, n);
            encoded = Arrays.copyOf(encoded, n);
        }
        byte[] copy = Arrays.copyOfRange(b, from, from + len);
        bytes[id] = copy;
        names[id] = new String(copy, StandardCharsets.ISO_8859_1);
        encoded[id] = new SerializedString(names[id]);
        slots[slot] = id + 1;
        hashes[slot] = h;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = oldHashes[j] & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    /** A hash of the length and the first and last eight bytes (every byte when shorter). */
    private static int hash(byte[] b, int from, int len) {
        if (len < 8) {
            int h = len;
            for (int k = from, e = from + len; k < e; k++) {
                h = 31 * h + b[k];
            }
            return h ^ (h >>> 16) ^ (h >>> 7);
        }
        long x = word(b, from) * 0x9e3779b97f4a7c15L + word(b, from + len - 8) + len;
        x *= 0xbf58476d1ce4e5b9L;
        return (int) (x ^ (x >>> 32));
    }

    /** Whether {@code name} is {@code b[from, from + len)}, compared eight bytes at a time. */
    private static boolean same(byte[] name, byte[] b, int from, int len) {
        if (name.length != len) {
            return false;
        }
        if (len < 8) {
            for (int k = 0; k < len; k++) {
                if (name[k] != b[from + k]) {
                    return false;
                }
            }
            return true;
        }
        for (int k = 0; k + 8 < len; k += 8) {
            if (word(name, k) != word(b, from + k)) {
                return false;
            }
        }
        // the last eight bytes, overlapping the word before when the length is not a multiple of 8
        return word(name, len - 8) == word(b, from + len - 8);
    }

    private static long word(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }
}
