package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Coerce#parseDuration}: {@code hh:mm:ss}, {@code mm:ss}, seconds; null for anything else. */
class CoerceDurationTest {

    @Test
    void colonFormsCountSecondsMinutesAndHours() {
        assertEquals(Duration.ofSeconds(65), Coerce.parseDuration("00:01:05"));
        assertEquals(Duration.ofSeconds(3 * 3600 + 2 * 60 + 1), Coerce.parseDuration(" 3:02:01 "));
        assertEquals(Duration.ofSeconds(125), Coerce.parseDuration("2:05"));
        assertEquals(Duration.ofSeconds(100 * 3600), Coerce.parseDuration("100:00:00"));
    }

    @Test
    void malformedColonFormsAreNull() {
        for (String bad : new String[] {"1:2:3:4", ":05", "01:", "01::05", "0a:05", "1234567890:00", "1:-2"}) {
            assertNull(Coerce.parseDuration(bad), bad);
        }
    }

    @Test
    void plainSecondsStillParse() {
        assertEquals(Duration.ofSeconds(42), Coerce.parseDuration("42"));
        assertNull(Coerce.parseDuration(""));
        assertNull(Coerce.parseDuration(null));
    }
}
