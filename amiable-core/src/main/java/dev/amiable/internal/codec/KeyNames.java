package dev.amiable.internal.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Header names as strings, made once per spelling and then shared. The keys of AMI messages come
 * from a few hundred names, so {@link Frame#key} looks a key's bytes up here instead of making a
 * new string for every header of every message.
 *
 * <p>A fixed table: a key's hash picks two neighbouring slots, a hit returns the string kept
 * there, and a miss makes the string and keeps it in one of the two slots (an empty one if there
 * is one), so memory stays bounded whatever keys a server sends. No locks: each slot holds an
 * immutable entry whose fields are final, so a thread that reads a slot during a race sees null,
 * an older entry (whose bytes do not match) or the new one, never a half-built entry.
 */
final class KeyNames {
    /** Slots in the table: a power of two, several times the names AMI uses. */
    private static final int SLOTS = 2048;
    /** Longer keys are not kept (AMI's longest names are under 40 bytes). */
    static final int MAX_LENGTH = 48;
    private static final Entry[] TABLE = new Entry[SLOTS];

    private KeyNames() {
    }

    private static final class Entry {
        final byte[] bytes;
        final String name;

        Entry(byte[] bytes, String name) {
            this.bytes = bytes;
            this.name = name;
        }

        boolean matches(byte[] b, int from, int len) {
            byte[] e = bytes;
            if (e.length != len) {
                return false;
            }
            if (len < 8) {
                for (int k = 0; k < len; k++) {
                    if (e[k] != b[from + k]) {
                        return false;
                    }
                }
                return true;
            }
            int k = 0;
            for (; k + 8 < len; k += 8) {
                if (Bytes.word(e, k) != Bytes.word(b, from + k)) {
                    return false;
                }
            }
            // the last eight bytes, overlapping the word before when the length is not a multiple
            return Bytes.word(e, len - 8) == Bytes.word(b, from + len - 8);
        }
    }

    /** A hash of the length and the first and last eight bytes (every byte when shorter). */
    private static int hash(byte[] b, int from, int len) {
        if (len < 8) {
            int h = len;
            for (int k = 0; k < len; k++) {
                h = 31 * h + b[from + k];
            }
            return h * 0x9e3779b9;
        }
        long x = Bytes.word(b, from) * 0x9e3779b97f4a7c15L + Bytes.word(b, from + len - 8) + len;
        x *= 0xbf58476d1ce4e5b9L;
        return (int) (x ^ (x >>> 32));
    }

    /** The ISO-8859-1 string of {@code b[from, from + len)}: the shared one when the table has it. */
    static String of(byte[] b, int from, int len) {
        if (len > MAX_LENGTH) {
            return new String(b, from, len, StandardCharsets.ISO_8859_1);
        }
        int h = hash(b, from, len);
        int i = (h ^ (h >>> 16)) & (SLOTS - 1);
        int j = (i + 1) & (SLOTS - 1);
        Entry first = TABLE[i];
        if (first != null && first.matches(b, from, len)) {
            return first.name;
        }
        Entry second = TABLE[j];
        if (second != null && second.matches(b, from, len)) {
            return second.name;
        }
        byte[] copy = Arrays.copyOfRange(b, from, from + len);
        String name = new String(copy, StandardCharsets.ISO_8859_1);
        TABLE[first == null || second != null ? i : j] = new Entry(copy, name);
        return name;
    }
}
