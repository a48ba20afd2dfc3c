package dev.amiable.kafka.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.kafka.BridgeFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes the value of one server's records. One instance per server, used by one thread at a
 * time (that client's event dispatcher); every call returns a new array the record may keep.
 */
public interface RecordFormat {
    /** The value for an event, number {@code seq} of session {@code epoch}. */
    byte[] event(AmiEvent event, long epoch, long seq, long receivedMillis);

    /** The value for the gap between session {@code previousEpoch} (whose last event was {@code lastSeq}) and {@code epoch}. */
    byte[] gap(long epoch, long previousEpoch, long lastSeq, long receivedMillis);

    /** The writer of {@code format} for server {@code server}. */
    static RecordFormat of(BridgeFormat format, String server) {
        return format == BridgeFormat.AMI ? new AmiRecords(server) : new JsonRecords(server);
    }

    /** The time as written in records: ISO-8601 in UTC, to the millisecond. */
    static String time(long millis) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis));
    }
}
