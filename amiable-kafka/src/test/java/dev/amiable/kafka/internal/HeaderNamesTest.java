package dev.amiable.kafka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The table of header names by their bytes: one id per spelling, through growth, bounded. */
class HeaderNamesTest {
    @Test
    void theSameBytesAnywhereGetTheSameIdAndEncodingAndSpellingCounts() {
        HeaderNames names = new HeaderNames(100);
        byte[] line = "xxLinkedid: 1".getBytes(StandardCharsets.US_ASCII);
        int id = names.id(line, 2, 8);
        assertEquals(id, names.id("Linkedid"));
        assertEquals("Linkedid", names.name(id));
        assertEquals("Linkedid", names.encoded(id).getValue());
        assertSame(names.encoded(id), names.encoded(names.id("Linkedid")));
        assertNotEquals(id, names.id("LinkedID"));
        assertEquals(2, names.size());
    }

    @Test
    void nonAsciiNamesAreTheirIso88591Text() {
        HeaderNames names = new HeaderNames(100);
        byte[] b = {'X', (byte) 0xC3, (byte) 0xA9};
        assertEquals("X\u00c3\u00a9", names.name(names.id(b, 0, 3)));
    }

    @Test
    void everyNameIsFoundAgainAfterTheTableGrew() {
        HeaderNames names = new HeaderNames(4096);
        int[] ids = new int[3000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = names.id("Header" + i);
            assertEquals(i, ids[i], "ids are given in order");
        }
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], names.id("Header" + i));
            assertEquals("Header" + i, names.encoded(ids[i]).getValue());
        }
        assertEquals(3000, names.size());
    }

    @Test
    void pastItsBoundANewNameGetsNoIdButKnownOnesKeepTheirs() {
        HeaderNames names = new HeaderNames(2);
        assertEquals(0, names.id("A"));
        assertEquals(1, names.id("B"));
        assertEquals(HeaderNames.NONE, names.id("C"));
        assertEquals(0, names.id("A"));
        assertEquals(2, names.size());
    }
}
