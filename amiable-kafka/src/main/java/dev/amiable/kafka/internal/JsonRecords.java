package dev.amiable.kafka.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.amiable.internal.codec.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;

/**
 * The {@code json} format, version 1, written with Jackson's streaming generator (its buffer reused
 * from record to record, each record copied out once into an array of its size). Headers keep wire order; a key that repeats (same spelling) becomes an array of its
 * values, in order, at the position of its first occurrence.
 */
final class JsonRecords implements RecordFormat {
    /** The envelope version this class writes. */
    static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();
    // the envelope's field names and fixed values, encoded once
    private static final SerializableString VERSION_F = new SerializedString("version");
    private static final SerializableString TYPE_F = new SerializedString("type");
    private static final SerializableString SERVER_F = new SerializedString("server");
    private static final SerializableString EPOCH_F = new SerializedString("epoch");
    private static final SerializableString SEQ_F = new SerializedString("seq");
    private static final SerializableString RECEIVED_F = new SerializedString("received");
    private static final SerializableString EVENT_F = new SerializedString("event");
    private static final SerializableString HEADERS_F = new SerializedString("headers");
    private static final SerializableString EVENT_T = new SerializedString("event");
    private static final SerializableString GAP_T = new SerializedString("gap");
    private static final SerializableString CHANGE_T = new SerializedString("change");
    private static final SerializableString RESYNCED_T = new SerializedString("resynced");

    private final SerializableString server;
    private final TimeText time = new TimeText();
    private final ValueOutput out = new ValueOutput();
    private final JsonGenerator gen;
    /** Names of an event with repeated names (the rare path). */
    private String[] scratch = new String[32];

    JsonRecords(String server) {
        this.server = new SerializedString(server);
        try {
            this.gen = FACTORY.createGenerator(out);
            gen.setRootValueSeparator(null); // one value per record, nothing between
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] event(EventKeys event, long epoch, long seq, long receivedMillis) {
        try { // begin and end written around the body here: no object made per event for the body
            begin(EVENT_T, epoch);
            gen.writeFieldName(SEQ_F);
            gen.writeNumber(seq);
            gen.writeFieldName(RECEIVED_F);
            byte[] t = time.bytes(receivedMillis);
            gen.writeRawUTF8String(t, 0, t.length); // ASCII digits and punctuation: nothing to escape
            gen.writeFieldName(EVENT_F);
            gen.writeString(event.event().name());
            gen.writeFieldName(HEADERS_F);
            gen.writeStartObject();
            headers(event);
            gen.writeEndObject();
            return end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] gap(long epoch, long previousEpoch, long lastSeq, long receivedMillis) {
        return record(GAP_T, epoch, () -> {
            gen.writeNumberField("previousEpoch", previousEpoch);
            gen.writeNumberField("lastSeq", lastSeq);
            gen.writeFieldName(RECEIVED_F);
            gen.writeString(time.format(receivedMillis));
        });
    }

    @Override
    public byte[] change(LiveChanges c, long epoch, long receivedMillis) {
        return record(CHANGE_T, epoch, () -> {
            gen.writeFieldName(RECEIVED_F);
            gen.writeString(time.format(receivedMillis));
            gen.writeStringField("object", c.object());
            gen.writeStringField("change", c.change());
            gen.writeStringField("id", c.id());
            gen.writeFieldName("before");
            ObjectJson.write(gen, c.before());
            gen.writeFieldName("after");
            ObjectJson.write(gen, c.after());
        });
    }

    @Override
    public byte[] resynced(long epoch, long changes, Collection<String> unavailable, long receivedMillis) {
        return record(RESYNCED_T, epoch, () -> {
            gen.writeFieldName(RECEIVED_F);
            gen.writeString(time.format(receivedMillis));
            gen.writeNumberField("changes", changes);
            gen.writeArrayFieldStart("unavailable");
            for (String part : unavailable) {
                gen.writeString(part);
            }
            gen.writeEndArray();
        });
    }

    /** The fields after {@code epoch}. */
    private interface Body {
        void write() throws IOException;
    }

    /** One envelope: the fields every record starts with, the body, the end; as a new array. */
    private byte[] record(SerializableString type, long epoch, Body body) {
        try {
            begin(type, epoch);
            body.write();
            return end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields every record starts with, up to {@code epoch}. */
    private void begin(SerializableString type, long epoch) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(VERSION_F);
        gen.writeNumber(VERSION);
        gen.writeFieldName(TYPE_F);
        gen.writeString(type);
        gen.writeFieldName(SERVER_F);
        gen.writeString(server);
        gen.writeFieldName(EPOCH_F);
        gen.writeNumber(epoch);
    }

    /** Closes the record and returns it as a new array. */
    private byte[] end() throws IOException {
        gen.writeEndObject();
        gen.flush(); // the record in one piece (unless bigger than the generator's buffer)
        return out.take();
    }

    private void headers(EventKeys e) throws IOException {
        Frame f = e.frame();
        int n = e.size();
        if (!e.unnamed()) { // nearly always: every name has an id, repeats are chained by id
            chained(e, f, n);
            return;
        }
        grouped(e, f, n);
    }

    /**
     * Headers whose names all have an id (an event without a repeat has no chain): each name at its first place,
     * its values following the chain of headers with the same id (an array when there are two or
     * more); later places of a name are skipped.
     */
    private void chained(EventKeys e, Frame f, int n) throws IOException {
        HeaderNames names = e.names();
        for (int i = 0; i < n; i++) {
            if (e.repeatsEarlier(i)) {
                continue; // written with the first occurrence
            }
            gen.writeFieldName(names.encoded(e.id(i)));
            int j = e.nextSame(i);
            if (j == 0) {
                value(e, f, i);
                continue;
            }
            gen.writeStartArray();
            value(e, f, i);
            for (; j != 0; j = e.nextSame(j)) {
                value(e, f, j);
            }
            gen.writeEndArray();
        }
    }

    /** Headers of which some name repeats, some name without an id: grouped by comparing strings. */
    private void grouped(EventKeys e, Frame f, int n) throws IOException {
        if (scratch.length < n) {
            scratch = new String[Math.max(n, 2 * scratch.length)];
        }
        String[] k = scratch;
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
            fieldName(e, i, key);
            if (count == 1) {
                value(e, f, i);
                continue;
            }
            gen.writeStartArray();
            value(e, f, i);
            for (int j = i + 1; j < n; j++) {
                if (key.equals(k[j])) {
                    value(e, f, j);
                    k[j] = null;
                }
            }
            gen.writeEndArray();
        }
        Arrays.fill(k, 0, n, null);
    }

    /** Header {@code i}'s name: encoded once when the table holds it, else written as a string. */
    private void fieldName(EventKeys e, int i, String key) throws IOException {
        int id = e.id(i);
        if (id >= 0) {
            gen.writeFieldName(e.names().encoded(id));
        } else {
            gen.writeFieldName(key);
        }
    }

    /**
     * Value {@code i} as a JSON string: an ASCII value that needs no escaping straight from the
     * frame's bytes, an ASCII value with a quote, backslash or control character through Jackson's
     * escaping, anything else decoded first, leniently, as {@code AmiEvent.value} does.
     */
    private void value(EventKeys e, Frame f, int i) throws IOException {
        byte[] b = f.buffer();
        int s = e.valueStart(i);
        int end = e.valueEnd(i);
        if (JsonBytes.plain(b, s, end)) {
            gen.writeRawUTF8String(b, s, end - s);
            return;
        }
        for (int p = s; p < end; p++) {
            if (b[p] < 0) {
                gen.writeString(f.value(i));
                return;
            }
        }
        gen.writeUTF8String(b, s, end - s);
    }
}
