package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real Asterisk 22 recordings decode with no error and the exact count of each event. */
class CapturesTest {
    static byte[] capture(String name) {
        return dev.amiable.catalogue.Captures.bytes(name);
    }

    /** Counts {@code Event:} lines at message starts the simple way, independently of the decoder. */
    static Map<String, Integer> expected(byte[] data) {
        Map<String, Integer> out = new TreeMap<>();
        String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String block : Pattern.compile("\r?\n\r?\n").split(text)) {
            if (block.startsWith("Event: ")) {
                String first = block.split("\r\n", 2)[0];
                out.merge(first.substring(7), 1, Integer::sum);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-banner.txt", "02-busy-period.txt", "03-list-actions.txt", "04-command-action.txt",
            "05-login-failures.txt", "06-md5-login-limited-user.txt", "07-security-events.txt"})
    void decodesExactly(String name) throws IOException {
        byte[] data = capture(name);
        Map<String, Integer> expect = expected(data);
        for (int chunk : new int[] {1, 1500, data.length}) {
            if (chunk == 1 && data.length > 100_000) {
                chunk = 3; // still tiny chunks, fewer calls
            }
            Decoded d = Decoded.streaming(data, chunk, DecoderLimits.DEFAULT);
            assertTrue(d.errors.isEmpty(), () -> name + ": " + d.errors);
            Map<String, Integer> got = new TreeMap<>();
            for (Frame f : d.frames) {
                if (f.keyIs(0, "Event")) {
                    got.merge(f.value(0), 1, Integer::sum);
                }
            }
            assertEquals(expect, got, name + " in chunks of " + chunk);
            assertTrue(d.banners.size() >= (name.startsWith("01") ? 1 : 0));
        }
    }
}
