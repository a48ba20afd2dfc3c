package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.InvalidActionException;
import dev.amiable.action.GenericAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ActionEncoderTest {
    private final ActionEncoder enc = new ActionEncoder();

    private String encode(GenericAction a, String id) {
        enc.encode(a, id);
        return new String(enc.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void writesActionIdThenHeadersInOrderWithRepeats() {
        GenericAction a = GenericAction.builder("Originate").header("Channel", "Local/100@demo")
                .header("Variable", "A=1").header("Variable", "B=2: x").build();
        assertEquals("Action: Originate\r\nActionID: id-1\r\nChannel: Local/100@demo\r\nVariable: A=1\r\n"
                + "Variable: B=2: x\r\n\r\n", encode(a, "id-1"));
    }

    @Test
    void encodesUtf8() {
        byte[] expect = "Action: UserEvent\r\nActionID: 1\r\nName: Zoë ☎ 😀\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        enc.encode(GenericAction.builder("UserEvent").header("Name", "Zoë ☎ 😀").build(), "1");
        assertEquals(new String(expect, StandardCharsets.UTF_8), new String(enc.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void refusesCrLfNulInValuesKeysAndNames() {
        for (String bad : new String[] {"a\r\nAction: Hangup", "a\nb", "a\rb", "a\0b"}) {
            InvalidActionException e = assertThrows(InvalidActionException.class,
                    () -> enc.encode(GenericAction.builder("Ping").header("X", bad).build(), "1"));
            assertTrue(e.getMessage().contains("X"), e.getMessage());
            assertThrows(InvalidActionException.class,
                    () -> enc.encode(GenericAction.builder("Ping").header("K" + bad, "v").build(), "1"));
            assertThrows(InvalidActionException.class, () -> enc.encode(GenericAction.of("Ping" + bad), "1"));
            assertThrows(InvalidActionException.class, () -> enc.encode(GenericAction.of("Ping"), bad));
        }
        assertThrows(InvalidActionException.class,
                () -> enc.encode(GenericAction.builder("Ping").header("Key:x", "v").build(), "1"));
    }

    @Test
    void secretValuesNeverAppearInErrors() {
        InvalidActionException e = assertThrows(InvalidActionException.class,
                () -> enc.encode(GenericAction.builder("Login").header("Secret", "hunter2\r\n").build(), "1"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void lineOf1024BytesPassesAndOneMoreIsRefused() {
        String prefix = "Data: ";
        String ok = "x".repeat(1024 - prefix.length() - 2);
        enc.encode(GenericAction.builder("UserEvent").header("Data", ok).build(), "1");
        InvalidActionException e = assertThrows(InvalidActionException.class,
                () -> enc.encode(GenericAction.builder("UserEvent").header("Data", ok + "x").build(), "1"));
        assertTrue(e.getMessage().contains("1025 bytes"), e.getMessage());
        // multi-byte characters count as bytes
        assertThrows(InvalidActionException.class,
                () -> enc.encode(GenericAction.builder("UserEvent").header("Data", "é".repeat(600)).build(), "1"));
    }

    @Test
    void atMost128Headers() {
        GenericAction.Builder b = GenericAction.builder("UserEvent");
        for (int i = 0; i < 126; i++) {
            b.header("H" + i, "v");
        }
        enc.encode(b.build(), "1"); // Action + ActionID + 126 = 128
        b.header("One", "more");
        InvalidActionException e = assertThrows(InvalidActionException.class, () -> enc.encode(b.build(), "1"));
        assertTrue(e.getMessage().contains("129 headers"), e.getMessage());
    }
}
