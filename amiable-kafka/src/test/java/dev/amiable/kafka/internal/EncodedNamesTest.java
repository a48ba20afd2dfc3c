package dev.amiable.kafka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.SerializableString;
import org.junit.jupiter.api.Test;

/** The JSON writer's table of encoded header names: one encoding per name, through growth, bounded. */
class EncodedNamesTest {
    @Test
    void anEqualNameFromAnotherStringGetsTheSameEncoding() {
        EncodedNames names = new EncodedNames(100);
        SerializableString first = names.get("Linkedid");
        assertEquals("Linkedid", first.getValue());
        assertSame(first, names.get(new String("Linkedid".toCharArray())));
        assertEquals(1, names.size());
    }

    @Test
    void everyNameIsFoundAgainAfterTheTableGrew() {
        EncodedNames names = new EncodedNames(4096);
        SerializableString[] seen = new SerializableString[3000];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = names.get("Header" + i);
        }
        for (int i = 0; i < seen.length; i++) {
            assertSame(seen[i], names.get("Header" + i), "Header" + i);
            assertEquals("Header" + i, seen[i].getValue());
        }
        assertEquals(3000, names.size());
    }

    @Test
    void pastItsBoundANewNameIsNotKeptButKnownOnesStillAre() {
        EncodedNames names = new EncodedNames(2);
        assertNotNull(names.get("A"));
        assertNotNull(names.get("B"));
        assertNull(names.get("C"), "the writer writes it itself");
        assertNotNull(names.get("A"));
        assertEquals(2, names.size());
    }
}
