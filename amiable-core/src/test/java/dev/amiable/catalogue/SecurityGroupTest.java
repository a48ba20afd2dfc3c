package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.SecurityEventFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every security event of the real capture can be handled through one interface. */
class SecurityGroupTest {
    @Test
    void securityEventsShareOneInterface() {
        List<AmiEvent> events = Captures.events("07-security-events.txt");
        int seen = 0;
        for (AmiEvent e : events) {
            if (e.privilege() != null && e.privilege().startsWith("security")) {
                assertTrue(e instanceof SecurityEventFields, e.name());
                SecurityEventFields s = (SecurityEventFields) e;
                assertEquals("AMI", s.service(), e.name());
                assertNotNull(s.remoteAddress(), e.name());
                assertEquals("IPV4/TCP", s.remoteAddress().transport(), e.name());
                assertNotNull(s.eventTv(), e.name());
                seen++;
            }
        }
        assertEquals(15, seen); // all but the FullyBooted of the capture's 16 events
    }
}
