package dev.amiable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import org.junit.jupiter.api.Test;

/** Reading headers without new strings: value reuse, byte comparison, hashing, positional lookups. */
class ValueReuseTest {
    private final AmiEvent e = AmiEvent.of("Event", "VarSet", "Channel", "PJSIP/200-00000001",
            "Uniqueid", "1700000000.12", "Variable", "DIALSTATUS", "Value", "", "Exten", "Grüße",
            "uniqueid", "second");

    @Test
    void anEqualPreviousStringComesBackItselfAndADifferentOneGivesTheValue() {
        String previous = new String("1700000000.12");
        assertSame(previous, e.get("Uniqueid", previous));
        assertSame(previous, e.value(2, previous));
        String other = e.get("Uniqueid", "1700000000.13");
        assertEquals("1700000000.12", other);
        assertEquals("1700000000.12", e.get("Uniqueid", null));
        assertNull(e.get("Absent", "x"));
        // a prefix or a longer string is not equal
        assertEquals("1700000000.12", e.get("Uniqueid", "1700000000.1"));
        assertEquals("1700000000.12", e.get("Uniqueid", "1700000000.123"));
    }

    @Test
    void emptyAndNonAsciiValuesCompareAsDecodedText() {
        String empty = new String("");
        assertSame(empty, e.get("Value", empty));
        String greeting = new String("Grüße");
        assertSame(greeting, e.get("Exten", greeting));
        assertTrue(e.valueEquals(5, "Grüße"));
        assertFalse(e.valueEquals(5, "Grusse"));
        assertFalse(e.valueEquals(5, "Grü"));
        assertFalse(e.valueEquals(3, "dialstatus"), "case counts in values");
        assertTrue(e.valueEquals(3, "DIALSTATUS"));
    }

    @Test
    void theHashIsTheDecodedStringsHash() {
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.value(i).hashCode(), e.valueHash(i), "line " + i);
        }
    }

    @Test
    void indexOfFromAndKeyIsFindHeadersByPosition() {
        assertEquals(2, e.indexOf("UNIQUEID", 0));
        assertEquals(6, e.indexOf("Uniqueid", 3), "a repeated key found after the first");
        assertEquals(-1, e.indexOf("Uniqueid", 7));
        assertTrue(e.keyIs(2, "uniqueid"));
        assertFalse(e.keyIs(2, "Channel"));
        assertFalse(e.keyIs(-1, "Event"));
        assertFalse(e.keyIs(e.size(), "Event"));
        assertNotSame(e.value(2), e.value(2, null));
    }

    @Test
    void valueEqualsAgreesWithTheDecodedTextForLengthsAndLastCharacters() {
        AmiEvent u = AmiEvent.of("Event", "X", "A", "1700000000.12", "B", "Grüße", "C", "\u00e9", "D", "");
        assertFalse(u.valueEquals(1, "1700000000.13"), "differs in the last character only");
        assertFalse(u.valueEquals(1, "1700000000.123"), "more characters than bytes");
        assertFalse(u.valueEquals(1, "2700000000.12"), "differs in the first character only");
        assertTrue(u.valueEquals(1, "1700000000.12"));
        assertTrue(u.valueEquals(2, "Grüße"), "7 bytes, 5 characters");
        assertFalse(u.valueEquals(2, "Grüßx"));
        assertFalse(u.valueEquals(2, "Grüßee"));
        assertTrue(u.valueEquals(3, "\u00e9"));
        assertFalse(u.valueEquals(3, "e"));
        assertFalse(u.valueEquals(3, "\u00e9\u00e9"));
        assertTrue(u.valueEquals(4, ""));
        assertFalse(u.valueEquals(4, "x"));
        for (int i = 0; i < u.size(); i++) {
            for (String t : new String[] {"", "X", "1700000000.12", "Grüße", "\u00e9", "Gr\u00fc\u00dfe", "?"}) {
                assertEquals(u.value(i).equals(t), u.valueEquals(i, t), "line " + i + " vs " + t);
            }
        }
    }

    @Test
    void valueEqualsByKeyComparesTheFirstValueAndIsFalseWhenAbsent() {
        assertTrue(e.valueEquals("uniqueid", "1700000000.12"), "the first of a repeated key");
        assertFalse(e.valueEquals("Uniqueid", "second"));
        assertFalse(e.valueEquals("Absent", ""), "an absent key equals nothing, not even empty");
        assertTrue(e.valueEquals("Value", ""), "an empty value equals the empty string");
        assertFalse(e.valueEquals("Value", " "));
        assertTrue(e.valueEquals("Exten", "Grüße"));
        assertFalse(e.valueEquals("Variable", "dialstatus"), "case counts");
    }

    @Test
    void valueEqualsIgnoreCaseFoldsAsciiOnly() {
        assertTrue(e.valueEqualsIgnoreCase("VARIABLE", "dialstatus"));
        assertTrue(e.valueEqualsIgnoreCase(3, "DialStatus"));
        assertFalse(e.valueEqualsIgnoreCase(3, "DIALSTATU"));
        assertFalse(e.valueEqualsIgnoreCase("Uniqueid", "SECOND"), "the first of a repeated key");
        assertFalse(e.valueEqualsIgnoreCase("Absent", ""));
        assertTrue(e.valueEqualsIgnoreCase("Value", ""));
        assertFalse(e.valueEqualsIgnoreCase("Value", "x"));
        AmiEvent yes = AmiEvent.of("Event", "ConfbridgeTalking", "TalkingStatus", "On", "Empty", "");
        assertTrue(yes.valueEqualsIgnoreCase("TalkingStatus", "on"));
        assertFalse(yes.valueEqualsIgnoreCase("Empty", "on"));
    }
}
