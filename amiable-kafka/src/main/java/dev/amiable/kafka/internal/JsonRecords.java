package dev.amiable.kafka.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The {@code json} format, version 1, written with Jackson's streaming generator into a reused
 * buffer. Headers keep wire order; a key that repeats (same spelling) becomes an array of its
 * values, in order, at the position of its first occurrence.
 */
final class JsonRecords implements RecordFormat {
    /** The envelope version this class writes. */
    static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private final String server;
    private final ByteArrayBuilder out = new ByteArrayBuilder(1024);
    private final JsonGenerator gen;
    private String[] keys = new String[32];

    JsonRecords(String server) {
        this.server = server;
        try {
            this.gen = FACTORY.createGenerator(out);
            gen.setRootValueSeparator(null); // one value per record, nothing between
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] event(AmiEvent event, long epoch, long seq, long receivedMillis) {
        return record("event", epoch, () -> {
            gen.writeNumberField("seq", seq);
            gen.writeStringField("received", RecordFormat.time(receivedMillis));
            gen.writeStringField("event", event.name());
            gen.writeObjectFieldStart("headers");
            headers(event);
            gen.writeEndObject();
        });
    }

    @Override
    public byte[] gap(long epoch, long previousEpoch, long lastSeq, long receivedMillis) {
        return record("gap", epoch, () -> {
            gen.writeNumberField("previousEpoch", previousEpoch);
            gen.writeNumberField("lastSeq", lastSeq);
            gen.writeStringField("received", RecordFormat.time(receivedMillis));
        });
    }

    /** The fields after {@code epoch}. */
    private interface Body {
        void write() throws IOException;
    }

    /** One envelope: the fields every record starts with, the body, the end; as a new array. */
    private byte[] record(String type, long epoch, Body body) {
        try {
            gen.writeStartObject();
            gen.writeNumberField("version", VERSION);
            gen.writeStringField("type", type);
            gen.writeStringField("server", server);
            gen.writeNumberField("epoch", epoch);
            body.write();
            gen.writeEndObject();
            gen.flush();
            byte[] bytes = out.toByteArray();
            out.reset();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void headers(AmiEvent e) throws IOException {
        Frame f = RawEvent.frameOf(e);
        int n = e.size();
        if (keys.length < n) {
            keys = new String[Math.max(n, 2 * keys.length)];
        }
        String[] k = keys;
        for (int i = 0; i < n; i++) {
            k[i] = e.key(i);
        }
        for (int i = 0; i < n; i++) {
            String key = k[i];
            if (key == null) {
                continue; // written with the first occurrence
            }
            int count = 1;
            for (int j = i + 1; j < n; j++) {
                if (key.equals(k[j])) {
                    count++;
                }
            }
            if (count == 1) {
                gen.writeFieldName(key);
                value(f, i);
                continue;
            }
            gen.writeArrayFieldStart(key);
            value(f, i);
            for (int j = i + 1; j < n; j++) {
                if (key.equals(k[j])) {
                    value(f, j);
                    k[j] = null;
                }
            }
            gen.writeEndArray();
        }
        Arrays.fill(k, 0, n, null);
    }

    /**
     * Value {@code i} as a JSON string: an ASCII value straight from the frame's bytes (Jackson
     * escapes it), anything else decoded first, leniently, as {@link AmiEvent#value} does.
     */
    private void value(Frame f, int i) throws IOException {
        byte[] b = f.buffer();
        int s = f.valueStart(i);
        int end = f.valueEnd(i);
        for (int p = s; p < end; p++) {
            if (b[p] < 0) {
                gen.writeString(f.value(i));
                return;
            }
        }
        gen.writeUTF8String(b, s, end - s);
    }
}
