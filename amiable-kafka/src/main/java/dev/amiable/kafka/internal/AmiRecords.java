package dev.amiable.kafka.internal;

import dev.amiable.internal.codec.Frame;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The {@code ami} format: an event's bytes exactly as received (its lines, with their own line
 * ends) and a CRLF blank line, so that records laid end to end are a valid AMI stream. A gap is a
 * message of the same shape, {@code Event: AmiableGap}.
 */
final class AmiRecords implements RecordFormat {
    private final String server;
    private final TimeText time = new TimeText();

    AmiRecords(String server) {
        this.server = server;
    }

    /** The bytes are copied as they are: only the record key's places are needed. */
    @Override
    public boolean readsNames() {
        return false;
    }

    @Override
    public byte[] event(EventKeys event, long epoch, long seq, long receivedMillis) {
        Frame f = event.frame();
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
                + "Received: " + time.format(receivedMillis) + "\r\n\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Before and After hold the object as one line of JSON (the {@code json} format's value). */
    @Override
    public byte[] change(LiveChanges c, long epoch, long receivedMillis) {
        StringBuilder sb = new StringBuilder(512).append("Event: ").append(Gaps.CHANGE_NAME).append("\r\n")
                .append("Server: ").append(server).append("\r\n")
                .append("Epoch: ").append(epoch).append("\r\n")
                .append("Received: ").append(time.format(receivedMillis)).append("\r\n")
                .append("Object: ").append(c.object()).append("\r\n")
                .append("Change: ").append(c.change()).append("\r\n")
                .append("Id: ").append(c.id()).append("\r\n");
        if (c.before() != null) {
            sb.append("Before: ").append(ObjectJson.text(c.before())).append("\r\n");
        }
        if (c.after() != null) {
            sb.append("After: ").append(ObjectJson.text(c.after())).append("\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] resynced(long epoch, long changes, Collection<String> unavailable, long receivedMillis) {
        String text = "Event: " + Gaps.RESYNCED_NAME + "\r\n"
                + "Server: " + server + "\r\n"
                + "Epoch: " + epoch + "\r\n"
                + "Received: " + time.format(receivedMillis) + "\r\n"
                + "Changes: " + changes + "\r\n"
                + "Unavailable: " + String.join(",", unavailable) + "\r\n\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
