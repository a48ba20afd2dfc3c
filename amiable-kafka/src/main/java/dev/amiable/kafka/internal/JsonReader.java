package dev.amiable.kafka.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a version-1 JSON envelope back into AMI headers, in the order they were written (an
 * array's values in place of its key). The bridge's own records become the headers of an
 * {@code AmiableGap}, {@code AmiableChange} or {@code AmiableResynced} message, their fields
 * capitalised ({@code before} and {@code after} as JSON text, {@code unavailable} joined by commas).
 * Refuses, with {@link IllegalArgumentException}, anything that is not such an envelope.
 */
public final class JsonReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReader() {
    }

    /** Alternating keys and values, {@code Event} first. */
    public static List<String> headers(byte[] json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "not a JSON object");
            List<String> headers = null;
            List<String> own = new ArrayList<>();
            long version = -1;
            String type = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "version": version = p.getValueAsLong(-1); break;
                    case "type": type = p.getValueAsString(); break;
                    case "headers": headers = readHeaders(p, t); break;
                    case "server": case "epoch": case "previousEpoch": case "lastSeq": case "received":
                    case "object": case "change": case "id": case "changes":
                        own.add(header(field));
                        own.add(p.getValueAsString());
                        p.skipChildren();
                        break;
                    case "before": case "after":
                        if (t != JsonToken.VALUE_NULL) {
                            own.add(header(field));
                            own.add(json(p));
                        }
                        break;
                    case "unavailable":
                        own.add(header(field));
                        own.add(joined(p, t));
                        break;
                    default: p.skipChildren();
                }
            }
            expect(version == JsonRecords.VERSION, "unsupported envelope version " + version);
            String name = "gap".equals(type) ? Gaps.EVENT_NAME : "change".equals(type) ? Gaps.CHANGE_NAME
                    : "resynced".equals(type) ? Gaps.RESYNCED_NAME : null;
            if (name != null) {
                own.add(0, name);
                own.add(0, "Event");
                return own;
            }
            expect("event".equals(type), "unknown record type " + type);
            expect(headers != null && !headers.isEmpty(), "event record without headers");
            return headers;
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
        }
    }

    private static String header(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** The value at the parser, copied as one line of JSON. */
    private static String json(JsonParser p) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.copyCurrentStructure(p);
        }
        return w.toString();
    }

    /** An array of strings joined by commas. */
    private static String joined(JsonParser p, JsonToken start) throws IOException {
        expect(start == JsonToken.START_ARRAY, "unavailable is not an array");
        StringBuilder sb = new StringBuilder();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken() == JsonToken.VALUE_STRING, "unavailable holds a non-string");
            sb.append(sb.length() == 0 ? "" : ",").append(p.getText());
        }
        return sb.toString();
    }

    private static List<String> readHeaders(JsonParser p, JsonToken start) throws IOException {
        expect(start == JsonToken.START_OBJECT, "headers is not an object");
        List<String> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            checkText(key, true);
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(key);
                    out.add(value(p));
                }
            } else {
                out.add(key);
                out.add(value(p));
            }
        }
        return out;
    }

    private static String value(JsonParser p) throws IOException {
        expect(p.currentToken() == JsonToken.VALUE_STRING, "header value is not a string");
        String v = p.getText();
        checkText(v, false);
        return v;
    }

    /** A key or value that would not frame as one AMI line. */
    private static void checkText(String s, boolean key) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            expect(c != '\r' && c != '\n' && !(key && c == ':'), "header " + (key ? "name" : "value")
                    + " with a line break" + (key ? " or colon" : ""));
        }
        expect(!key || !s.isEmpty(), "empty header name");
    }

    private static void expect(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
