package dev.amiable.kafka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON writer's headers object, byte for byte, against a plain reference written with Jackson
 * from the event's decoded keys and values: repeated names, empty values, control characters,
 * quotes and backslashes at every place of an 8-byte word, non-ASCII and malformed UTF-8, lines
 * without a colon, and a name table too small to hold every name.
 */
class JsonHeadersTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Test
    void repeatedNamesBecomeArraysAtTheirFirstPlaceAndSpellingCounts() {
        String json = headersOf(new EventKeys(), raw("Event: VarSet\r\nVariable: a\r\nValue: 1\r\nVariable: b\r\n"
                + "variable: c\r\nVariable: \r\n\r\n"));
        assertEquals("{\"Event\":\"VarSet\",\"Variable\":[\"a\",\"b\",\"\"],\"Value\":\"1\",\"variable\":\"c\"}", json);
    }

    @Test
    void emptyValuesControlCharactersAndNonAsciiAreWrittenAsJacksonWritesThem() {
        String json = headersOf(new EventKeys(), raw("Event: UserEvent\r\nEmpty:\r\nSpace: \r\n"
                + "Ctl: a\u0001b\u001fc\u007fd\r\nAccent: caf\u00e9 \u00e0 9\u20ac \uD83D\uDE00\r\n\r\n"));
        assertEquals("{\"Event\":\"UserEvent\",\"Empty\":\"\",\"Space\":\"\",\"Ctl\":\"a\\u0001b\\u001Fc\u007fd\","
                + "\"Accent\":\"caf\u00e9 \u00e0 9\u20ac \\uD83D\\uDE00\"}", json); // Jackson escapes a surrogate pair
    }

    @Test
    void malformedUtf8IsDecodedLenientlyAndALineWithoutAColonHasTheEmptyName() {
        byte[] stream = bytes("Event: UserEvent\r\nBad: x\u0000y\r\nno colon here\r\n\r\n");
        int bad = indexOf(stream, 0);
        stream[bad] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
        assertSameAsReference(new EventKeys(), stream);
    }

    @Test
    void bareLineFeedsCarriageReturnsInsideLinesAndColonsInValuesAreReadAsTheFrameReadsThem() {
        assertSameAsReference(new EventKeys(), bytes("Event: UserEvent\nA: 1\nB:\r\nC: x:y: z\r\n:lead\r\n"
                + "D: a\rb\r\r\n\r\r\nE:  two spaces\r\n\r\n"));
    }

    @Test
    void aSpecialByteIsFoundAtEveryPlaceOfAWord() {
        EventKeys keys = new EventKeys();
        for (char special : new char[] {'"', '\\', '\t', '\u0000', '\u001f', '\u00e9'}) {
            for (int len = 1; len < 20; len++) {
                for (int at = 0; at < len; at++) {
                    StringBuilder v = new StringBuilder("x".repeat(len));
                    v.setCharAt(at, special);
                    assertSameAsReference(keys, bytes("Event: UserEvent\r\nV: " + v + "\r\n\r\n"));
                }
            }
        }
    }

    @Test
    void randomEventsMatchTheReferenceWithAFullAndAnAmpleNameTable() {
        Random r = new Random(7);
        String[] pool = {"Event", "Channel", "Uniqueid", "Linkedid", "Variable", "Value", "variable", "ChanVariable",
            "X-\u00e9t\u00e9", "AccountCode"};
        String alphabet = "abcXYZ019 .-_/:\"\\\t\u0001\u001f\u007f\u00e9\u20ac\uD83D\uDE00";
        EventKeys ample = new EventKeys();
        EventKeys small = new EventKeys(3);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder("Event: Random\r\n");
            int headers = r.nextInt(12);
            for (int h = 0; h < headers; h++) {
                sb.append(pool[r.nextInt(pool.length)]).append(": ");
                int len = r.nextInt(r.nextBoolean() ? 4 : 30);
                for (int k = 0; k < len; k++) {
                    int c = alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0,
                            alphabet.length()))));
                    sb.appendCodePoint(c);
                }
                sb.append("\r\n");
            }
            byte[] stream = bytes(sb.append("\r\n").toString());
            assertSameAsReference(ample, stream);
            assertSameAsReference(small, stream);
        }
        assertTrue(small.names().size() <= 3);
    }

    @Test
    void longEventsWithManyRepeatsAndManyNamesMatchTheReference() {
        EventKeys keys = new EventKeys();
        for (int names = 1; names <= 300; names += 37) { // past the first sizes of the per-name arrays
            StringBuilder sb = new StringBuilder("Event: Newchannel\r\n");
            for (int h = 0; h < 70; h++) {
                sb.append(h % 3 == 0 ? "ChanVariable" : "N" + names + "." + (h * 7 % names)).append(": v").append(h).append("\r\n");
            }
            assertSameAsReference(keys, bytes(sb.append("\r\n").toString()));
        }
        assertTrue(keys.names().size() > 256);
    }

    // ---- helpers ----

    private static void assertSameAsReference(EventKeys keys, byte[] stream) {
        AmiEvent e = event(stream);
        assertEquals(reference(RawEvent.frameOf(e)), headersOf(keys, e), () -> new String(stream,
                StandardCharsets.UTF_8));
    }

    /** The headers object of the JSON record of {@code e}. */
    private static String headersOf(EventKeys keys, AmiEvent e) {
        String json = new String(new JsonRecords("pbx1").event(keys.load(e), 1, 1, 0L), StandardCharsets.UTF_8);
        int at = json.indexOf("\"headers\":") + "\"headers\":".length();
        return json.substring(at, json.length() - 1);
    }

    /** What the headers should be: grouped by decoded name, in order of first sight, with plain Jackson. */
    private static String reference(Frame f) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < f.size(); i++) {
            grouped.computeIfAbsent(f.key(i), k -> new ArrayList<>()).add(f.value(i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, List<String>> h : grouped.entrySet()) {
                g.writeFieldName(h.getKey());
                if (h.getValue().size() == 1) {
                    g.writeString(h.getValue().get(0));
                } else {
                    g.writeStartArray();
                    for (String v : h.getValue()) {
                        g.writeString(v);
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AmiEvent raw(String stream) {
        return event(bytes(stream));
    }

    private static AmiEvent event(byte[] stream) {
        List<AmiEvent> out = new ArrayList<>();
        FrameDecoder.decodeAll(stream, DecoderLimits.DEFAULT, new FrameSink() {
            @Override public void onFrame(Frame f) {
                out.add(EventRegistry.global().decode(f));
            }
            @Override public void onBanner(String banner) { }
            @Override public void onError(dev.amiable.AmiProtocolException error) {
                throw error;
            }
        });
        assertEquals(1, out.size());
        return out.get(0);
    }

    private static String headersOf(EventKeys keys, String stream) {
        return headersOf(keys, raw(stream));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] b, int value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        throw new AssertionError("no byte " + value);
    }
}
