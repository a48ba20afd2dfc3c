package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.event.UserEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Asterisk 22 traffic: every event arrives as a typed class and every header is read by
 * some typed accessor (apart from the headers Asterisk adds to any event). UserEvent's free-form
 * headers are reachable through {@link UserEvent#userFields()}.
 */
class CaptureTypingTest {

    static List<String> captures() {
        return Captures.WITH_EVENTS;
    }

    @ParameterizedTest
    @MethodSource("captures")
    void everyEventIsTypedAndEveryHeaderReachable(String capture) {
        List<AmiEvent> events = Captures.events(capture);
        assertTrue(!events.isEmpty(), capture + " has no events");
        TreeSet<String> untyped = new TreeSet<>();
        Map<String, TreeSet<String>> unknown = new TreeMap<>();
        for (AmiEvent e : events) {
            if (e.getClass() == AmiEvent.class) {
                untyped.add(e.name());
                continue;
            }
            List<String> rest = EventRegistry.global().unknownHeaders(e);
            if (e instanceof UserEvent u) {
                Map<String, String> free = u.userFields();
                rest = rest.stream().filter(h -> !free.containsKey(h)).toList();
            }
            if (!rest.isEmpty()) {
                unknown.computeIfAbsent(e.name(), k -> new TreeSet<>()).addAll(rest);
            }
        }
        assertEquals(new TreeSet<>(), untyped, capture + ": events without a class");
        assertEquals(new TreeMap<>(), unknown, capture + ": headers no accessor reads");
    }
}
