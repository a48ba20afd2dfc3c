package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.agi.internal.FastAgiSession;
import dev.amiable.agi.internal.LineReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment read from the buffer gives what reading each line and splitting it gives. */
class EnvironmentLineTest {
    private static final List<String> LINES = List.of("agi_network: yes", "agi_request: agi://h/p?a=b:c",
            "agi_channel: PJSIP/100-0000001", " agi_spaced  :  two blanks", "agi_empty:", "agi_nospace:v",
            "no colon here", ":leading colon", "agi_callerid: Zoë 日本", "agi_long: " + "x".repeat(5000),
            "agi_cr: with cr\r", "agi_last: end");

    private static Map<String, String> expected() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : LINES) {
            FastAgiSession.putVariable(env, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return env;
    }

    private static InputStream stream(int chunk) {
        byte[] all = (String.join("\n", LINES) + "\n\nNOOP\n").getBytes(StandardCharsets.UTF_8);
        return new ByteArrayInputStream(all) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    void sameAsSplittingEachLineWhateverTheReadSizes() throws Exception {
        for (int chunk : new int[] {1, 7, 100, 4096, 1 << 20}) {
            LineReader reader = new LineReader(stream(chunk));
            Map<String, String> env = new LinkedHashMap<>();
            int lines = 0;
            while (reader.readVariable(env)) {
                lines++;
            }
            assertEquals(LINES.size(), lines);
            assertEquals(expected(), env, "reads of " + chunk + " bytes");
            assertEquals("two blanks".length() + 1, env.get("agi_spaced").length());
            assertEquals("NOOP", reader.readLine(), "the stream stays in step after the blank line");
        }
    }

    @Test
    void endOfStreamBeforeTheBlankLine() throws Exception {
        LineReader reader = new LineReader(new ByteArrayInputStream("agi_a: 1\nagi_b".getBytes(StandardCharsets.UTF_8)));
        Map<String, String> env = new LinkedHashMap<>();
        assertTrue(reader.readVariable(env));
        assertThrows(EOFException.class, () -> reader.readVariable(env));
        assertEquals(Map.of("agi_a", "1"), env);
        assertFalse(env.containsKey("agi_b"));
    }
}
