package dev.amiable.kafka.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Header names encoded for the JSON writer, once per name: an open-addressing table of the name
 * strings and their encodings side by side. The frame hands out the same string instance for a
 * name each time (the codec's name table), so a lookup is usually one array slot and one
 * reference comparison. Bounded: past {@code max} names it returns null (the caller writes the
 * name itself), so a server inventing names cannot grow it for ever. One thread at a time.
 */
final class EncodedNames {
    private final int max;
    private String[] names;
    private SerializableString[] encoded;
    private int size;

    EncodedNames(int max) {
        this.max = max;
        this.names = new String[256];
        this.encoded = new SerializableString[256];
    }

    /** {@code name} encoded, or null when the table is full and does not hold it. */
    SerializableString get(String name) {
        int mask = names.length - 1;
        for (int i = mix(name.hashCode()) & mask; ; i = (i + 1) & mask) {
            String n = names[i];
            if (n == name) {
                return encoded[i];
            }
            if (n == null) {
                return add(name, i);
            }
            if (n.hashCode() == name.hashCode() && n.equals(name)) {
                return encoded[i];
            }
        }
    }

    private SerializableString add(String name, int slot) {
        if (size >= max) {
            return null;
        }
        SerializableString s = new SerializedString(name);
        names[slot] = name;
        encoded[slot] = s;
        if (++size * 2 > names.length) {
            grow();
        }
        return s;
    }

    /** Doubles the table: at most half full, so a probe always ends at an empty slot. */
    private void grow() {
        String[] oldNames = names;
        SerializableString[] oldEncoded = encoded;
        names = new String[oldNames.length * 2];
        encoded = new SerializableString[oldNames.length * 2];
        int mask = names.length - 1;
        for (int j = 0; j < oldNames.length; j++) {
            if (oldNames[j] != null) {
                int i = mix(oldNames[j].hashCode()) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = oldNames[j];
                encoded[i] = oldEncoded[j];
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /** Names held. */
    int size() {
        return size;
    }
}
