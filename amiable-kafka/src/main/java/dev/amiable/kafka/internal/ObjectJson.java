package dev.amiable.kafka.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a value of {@code amiable-live}'s model as JSON: a record as an object of its components
 * (in declaration order, by their names), a collection as an array, a map as an object, a number
 * or boolean as such, null as null, anything else (times, enums) as its text.
 */
final class ObjectJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ObjectJson() {
    }

    /** {@code v} as one line of JSON (line breaks inside strings are escaped). */
    static String text(Object v) {
        StringWriter w = new StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(w)) {
            write(gen, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static void write(JsonGenerator gen, Object v) throws IOException {
        if (v == null) {
            gen.writeNull();
        } else if (v instanceof Record r) {
            gen.writeStartObject();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                gen.writeFieldName(c.getName());
                write(gen, component(r, c));
            }
            gen.writeEndObject();
        } else if (v instanceof Collection<?> list) {
            gen.writeStartArray();
            for (Object o : list) {
                write(gen, o);
            }
            gen.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                write(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (v instanceof Integer || v instanceof Long) {
            gen.writeNumber(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (v instanceof Enum<?> e) {
            gen.writeString(e.name());
        } else if (v instanceof TemporalAccessor || v instanceof CharSequence) {
            gen.writeString(v.toString());
        } else {
            gen.writeString(String.valueOf(v));
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }
}
