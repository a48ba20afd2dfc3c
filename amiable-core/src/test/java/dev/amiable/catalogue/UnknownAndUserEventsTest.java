package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.event.UserEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events without a class still arrive with every header; users can add their own classes. */
class UnknownAndUserEventsTest {

    /** A user's class for {@code UserEvent: MyThing}. */
    static final class MyThing extends AmiEvent {
        MyThing(AmiEvent source) {
            super(source);
        }

        String colour() {
            return get("Colour");
        }
    }

    @Test
    void unknownEventArrivesAsPlainAmiEventWithEveryHeader() {
        AmiEvent e = AmiEvent.of("Event", "SomethingNew", "Privilege", "system,all", "Alpha", "1", "Beta", "two",
                "Alpha", "3");
        assertSame(AmiEvent.class, e.getClass());
        assertEquals("SomethingNew", e.name());
        assertNull(e.info());
        assertEquals(5, e.size());
        assertEquals(List.of("1", "3"), e.getAll("Alpha"));
        assertEquals("two", e.get("beta"));
        assertEquals(List.of("Alpha", "Beta", "Alpha"), EventRegistry.global().unknownHeaders(e));
    }

    @Test
    void userRegisteredClassForAUserEvent() {
        EventRegistry.global().registerUserEvent("MyThing", MyThing.class, MyThing::new);
        AmiEvent e = AmiEvent.of("Event", "UserEvent", "Privilege", "user,all", "UserEvent", "MyThing",
                "Colour", "blue");
        MyThing t = assertInstanceOf(MyThing.class, e);
        assertEquals("blue", t.colour());
        assertEquals("UserEvent", t.name());

        AmiEvent other = AmiEvent.of("Event", "UserEvent", "UserEvent", "SomethingElse", "Colour", "red");
        UserEvent u = assertInstanceOf(UserEvent.class, other);
        assertEquals("SomethingElse", u.userEvent());
        assertEquals(Map.of("Colour", "red"), u.userFields());
    }

    @Test
    void typedEventNamesMatchInAnyCase() {
        AmiEvent e = AmiEvent.of("Event", "NEWEXTEN", "Channel", "Local/1@x-0000;1", "Extension", "100");
        assertEquals("NewextenEvent", e.getClass().getSimpleName());
        assertEquals(List.of(), EventRegistry.global().unknownHeaders(e));
    }
}
