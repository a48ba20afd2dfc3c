package dev.amiable.kafka.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where the JSON generator flushes one record: the bytes of the usual record, flushed in one
 * piece, are copied once into an array of exactly their size, the record's value. A record bigger
 * than the generator's buffer comes in several pieces and is appended to.
 */
final class ValueOutput extends OutputStream {
    private static final byte[] EMPTY = {};
    private byte[] value = EMPTY;

    @Override
    public void write(byte[] b, int off, int len) {
        if (len == 0) {
            return;
        }
        if (value.length == 0) {
            value = Arrays.copyOfRange(b, off, off + len);
            return;
        }
        byte[] v = Arrays.copyOf(value, value.length + len);
        System.arraycopy(b, off, v, value.length, len);
        value = v;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    /** The bytes written since the last call, as a new array; starts the next value. */
    byte[] take() {
        byte[] v = value;
        value = EMPTY;
        return v;
    }
}
