package dev.amiable.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The channel age the resync reads from CoreShowChannel's {@code Duration}. */
class ResyncDurationTest {

    @Test
    void hoursMinutesAndSecondsInAnyOfTheirForms() {
        assertEquals(Duration.ofSeconds(65), ResyncApply.duration("00:01:05"));
        assertEquals(Duration.ofSeconds(3_725), ResyncApply.duration("1:02:05"));
        assertEquals(Duration.ofSeconds(65), ResyncApply.duration("1:05"));
        assertEquals(Duration.ofSeconds(65), ResyncApply.duration("65"));
        assertEquals(Duration.ofHours(100), ResyncApply.duration("100:00:00"));
    }

    @Test
    void anythingElseIsUnknown() {
        for (String v : new String[] {null, "", ":", "1:", ":5", "1::5", "1:2:3:4", "1.5", "-5", "1234567890"}) {
            assertNull(ResyncApply.duration(v), v);
        }
    }
}
