package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.amiable.agi.internal.CommandLine;
import dev.amiable.agi.internal.CommandText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The reused byte line holds exactly what {@link CommandText#build} writes, in UTF-8, and a line feed. */
class CommandLineTest {
    private final CommandLine line = new CommandLine();

    private void same(String command, Object... args) {
        byte[] expected = (CommandText.build(command, args) + "\n").getBytes(StandardCharsets.UTF_8);
        line.build(command, args);
        assertArrayEquals(expected, Arrays.copyOf(line.bytes(), line.length()));
        assertEquals(CommandText.build(command, args), line.toString());
    }

    @Test
    void matchesTheTextForm() {
        same("NOOP");
        same("SET VARIABLE", "STEP", "step 1");
        same("SET VARIABLE", "X", "");
        same("EXEC", "Playback", "a\"b\\c d");
        same("SET VARIABLE", "NAME", "Zoë Ünal 日本 😀");
        same("SET VARIABLE", "NAME", "Zoë");
        same("VERBOSE", "\"quoted\" é\\", 1);
        same("SET VARIABLE", "LONG", "x".repeat(5000));
        same("NOOP");
    }

    @Test
    void refusesLineBreaksLikeTheTextForm() {
        AgiArgumentException e = assertThrows(AgiArgumentException.class, () -> line.build("EXEC", "a\nb"));
        assertEquals("an argument of EXEC holds a LF at index 1: AGI cannot carry it; nothing was sent", e.getMessage());
        assertThrows(AgiArgumentException.class, () -> line.build("NO\rOP"));
    }
}
