package dev.amiable.kafka.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Frame;
import java.nio.charset.StandardCharsets;

/**
 * The {@code ami} format: an event's bytes exactly as received (its lines, with their own line
 * ends) and a CRLF blank line, so that records laid end to end are a valid AMI stream. A gap is a
 * message of the same shape, {@code Event: AmiableGap}.
 */
final class AmiRecords implements RecordFormat {
    private final String server;

    AmiRecords(String server) {
        this.server = server;
    }

    @Override
    public byte[] event(AmiEvent event, long epoch, long seq, long receivedMillis) {
        Frame f = RawEvent.frameOf(event);
        int len = f.end() - f.start();
        byte[] out = new byte[len + 2];
        System.arraycopy(f.buffer(), f.start(), out, 0, len);
        out[len] = '\r';
        out[len + 1] = '\n';
        return out;
    }

    @Override
    public byte[] gap(long epoch, long previousEpoch, long lastSeq, long receivedMillis) {
        String text = "Event: " + Gaps.EVENT_NAME + "\r\n"
                + "Server: " + server + "\r\n"
                + "Epoch: " + epoch + "\r\n"
                + "PreviousEpoch: " + previousEpoch + "\r\n"
                + "LastSeq: " + lastSeq + "\r\n"
                + "Received: " + RecordFormat.time(receivedMillis) + "\r\n\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
