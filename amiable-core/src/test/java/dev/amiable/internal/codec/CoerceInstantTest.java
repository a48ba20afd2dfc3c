package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoerceInstantTest {
    @Test
    void readsEpochSecondsWithAnyFractionUpToNanoseconds() {
        assertEquals(Instant.ofEpochSecond(1795349769L, 940906000L), Coerce.parseInstant("1795349769.940906"));
        assertEquals(Instant.ofEpochSecond(1795349769L), Coerce.parseInstant("1795349769"));
        assertEquals(Instant.ofEpochSecond(1795349769L), Coerce.parseInstant("1795349769."));
        assertEquals(Instant.ofEpochSecond(0, 123456789L), Coerce.parseInstant("0.123456789"));
        assertEquals(Instant.ofEpochSecond(12, 500_000_000L), Coerce.parseInstant("  12.5 "));
        assertEquals(Instant.ofEpochSecond(999_999_999_999L, 1L), Coerce.parseInstant("999999999999.000000001"));
    }

    @Test
    void readsAsteriskEventTimeAndIso() {
        assertEquals(Instant.parse("2026-11-22T12:16:09.940Z"), Coerce.parseInstant("2026-11-22T12:16:09.940+0000"));
        assertEquals(Instant.parse("2026-11-22T12:16:09Z"), Coerce.parseInstant("2026-11-22T13:16:09+01:00"));
    }

    @Test
    void givesNullForWhatIsNotATime() {
        assertNull(Coerce.parseInstant(null));
        assertNull(Coerce.parseInstant(""));
        assertNull(Coerce.parseInstant("   "));
        assertNull(Coerce.parseInstant("."));
        assertNull(Coerce.parseInstant(".5"));
        assertNull(Coerce.parseInstant("1.2.3"));
        assertNull(Coerce.parseInstant("1795349769.9409061234"), "more than nanoseconds");
        assertNull(Coerce.parseInstant("1234567890123"), "more than 12 digits of seconds");
        assertNull(Coerce.parseInstant("-5"));
        assertNull(Coerce.parseInstant("12:16"));
        assertNull(Coerce.parseInstant("yesterday"));
    }
}
