package dev.amiable.kafka.internal;

import dev.amiable.kafka.BridgeFormat;
import java.util.Collection;

/**
 * Writes the value of one server's records. One instance per server, used by one thread at a
 * time (the server's publisher serialises the calls); every call returns a new array the record
 * may keep.
 */
public interface RecordFormat {
    /** Whether {@link #event} reads the header names of the {@link EventKeys} it is given. */
    default boolean readsNames() {
        return true;
    }

    /** The value for an event (its names loaded in {@code keys}), number {@code seq} of session {@code epoch}. */
    byte[] event(EventKeys keys, long epoch, long seq, long receivedMillis);

    /** The value for the gap between session {@code previousEpoch} (whose last event was {@code lastSeq}) and {@code epoch}. */
    byte[] gap(long epoch, long previousEpoch, long lastSeq, long receivedMillis);

    /** The value for one change found by a resync during session {@code epoch}. */
    byte[] change(LiveChanges change, long epoch, long receivedMillis);

    /** The value for the end of a resync that reported {@code changes} changes. */
    byte[] resynced(long epoch, long changes, Collection<String> unavailable, long receivedMillis);

    /** The writer of {@code format} for server {@code server}. */
    static RecordFormat of(BridgeFormat format, String server) {
        return format == BridgeFormat.AMI ? new AmiRecords(server) : new JsonRecords(server);
    }
}
