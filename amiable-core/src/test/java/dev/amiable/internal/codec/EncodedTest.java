package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hexadecimal and URL-encoded values, and decimals with a unit, never throw and read as documented. */
class EncodedTest {
    @Test
    void hexWithPrefixOrDecimal() {
        assertEquals(0x1a2bL, Encoded.parseHex("0x1A2b"));
        assertEquals(0L, Encoded.parseHex("0X00"));
        assertEquals(3735928559L, Encoded.parseHex(" 0xdeadbeef "));
        assertEquals(3405691582L, Encoded.parseHex("3405691582"), "decimal, as Asterisk 11 and older send it");
        assertEquals(-1L, Encoded.parseHex("0x"));
        assertEquals(-1L, Encoded.parseHex("0xZZ"));
        assertEquals(-1L, Encoded.parseHex("0x" + "1".repeat(17)), "too long for a long");
        assertEquals(-1L, Encoded.parseHex(""));
        assertEquals(-1L, Encoded.parseHex(null));
    }

    @Test
    void urlDecodingIsLenient() {
        assertEquals("agi_request: async\n", Encoded.urlDecode("agi_request%3A%20async%0A"));
        assertEquals("é+x", Encoded.urlDecode("%C3%A9+x"), "UTF-8, and a plus stays a plus");
        assertEquals("A%zz%4", Encoded.urlDecode("%41%zz%4"), "a malformed escape is kept as sent");
        assertEquals("\uFFFD", Encoded.urlDecode("%FF"));
        assertEquals("plain", Encoded.urlDecode("plain"));
        assertNull(Encoded.urlDecode(null));
    }

    @Test
    void decimalsMayCarryAUnitInParentheses() {
        assertEquals(12345.0, Coerce.parseDecimal("12345(sec)"));
        assertEquals(0.5, Coerce.parseDecimal("0.5000 (sec)"));
        assertEquals(0.0123, Coerce.parseDecimal("0.0123"));
        assertTrue(Double.isNaN(Coerce.parseDecimal("(sec)")));
        assertTrue(Double.isNaN(Coerce.parseDecimal("abc(sec)")));
        assertTrue(Double.isNaN(Coerce.parseDecimal("1.5(sec")));
    }
}
