package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.action.ActionCatalog;
import dev.amiable.action.ActionInfo;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventInfo;
import dev.amiable.event.EventRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every event and action name the project knows of has a generated class. */
class CatalogueCompletenessTest {

    @ParameterizedTest
    @ValueSource(strings = {"cheat-sheet-events.txt", "documented-events.txt", "undocumented-events.txt",
            "pystrix-events.txt"})
    void everyListedEventHasAClass(String list) {
        List<String> names = NameLists.read(list);
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            EventInfo info = EventRegistry.global().info(n);
            if (info == null || info.type() == AmiEvent.class || !info.name().equalsIgnoreCase(n)) {
                missing.add(n);
            }
        }
        assertTrue(missing.isEmpty(), list + ": no typed class for " + missing);
        assertFalse(names.isEmpty());
    }

    @Test
    void listSizesAreTheExpectedOnes() {
        assertEquals(184, NameLists.read("cheat-sheet-events.txt").size());
        assertEquals(181, NameLists.read("documented-events.txt").size());
        assertEquals(61, NameLists.read("undocumented-events.txt").size());
        assertEquals(154, NameLists.read("actions.txt").size());
        assertEquals(45, NameLists.read("list-actions.txt").size());
    }

    @Test
    void everyActionHasAClass() {
        List<String> missing = new ArrayList<>();
        for (String n : NameLists.read("actions.txt")) {
            ActionInfo info = ActionCatalog.info(n);
            if (info == null || !info.name().equals(n)) {
                missing.add(n);
            }
        }
        assertTrue(missing.isEmpty(), "no action class for " + missing);
        assertEquals(154, ActionCatalog.all().size());
    }

    @Test
    void listActionsNameTheirItemsAndCompletion() {
        for (String line : NameLists.read("list-actions.txt")) {
            String[] p = line.split("\\|");
            ActionInfo info = ActionCatalog.info(p[0]);
            assertNotNull(info, p[0]);
            assertEquals(List.of(p[1].split(",")), info.listItems(), p[0]);
            assertEquals(p[2], info.listComplete(), p[0]);
            assertTrue(ActionCatalog.isList(p[0]), p[0]);
            for (String item : info.listItems()) {
                EventInfo e = EventRegistry.global().info(item);
                assertNotNull(e, p[0] + " item " + item);
                assertTrue(e.listItem(), item + " should be marked as a list item");
            }
            EventInfo done = EventRegistry.global().info(p[2]);
            assertNotNull(done, p[0] + " completion " + p[2]);
            assertTrue(done.listComplete(), p[2] + " should be marked as a list completion");
            // the reader takes an event of the item class for an item without looking for EventList
            for (String item : info.listItems()) {
                Class<?> itemClass = EventRegistry.global().info(item).type();
                assertTrue(itemClass == AmiEvent.class || !itemClass.isAssignableFrom(done.type()),
                        p[0] + ": completion " + done.type().getSimpleName() + " must not be of item class "
                                + itemClass.getSimpleName());
            }
        }
        assertEquals(45, ActionCatalog.all().stream().filter(a -> a.listComplete() != null).count());
    }

    @Test
    void wireNamesWinOverDocumentedOnes() {
        assertEquals("Newexten", EventRegistry.global().info("NewExten").name());
        assertEquals("AOC-D", EventRegistry.global().info("AOC-D").name());
        assertEquals("AocDEvent", EventRegistry.global().info("AOC-D").type().getSimpleName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MonitorStart", "MonitorStop", "SIPQualifyPeerDone", "SessionTimeout"})
    void eventsRemovedInAsterisk21AreDeprecated(String name) {
        EventInfo info = EventRegistry.global().info(name);
        assertEquals("21.0.0", info.deprecatedSince());
        assertTrue(info.type().isAnnotationPresent(Deprecated.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGIExec", "AsyncAGI", "ChannelUpdate", "DTMF", "QueueMemberPaused"})
    void legacyPystrixEventsAreTypedAndDeprecated(String name) {
        EventInfo info = EventRegistry.global().info(name);
        assertNotNull(info.deprecatedSince(), name);
        assertTrue(info.type().isAnnotationPresent(Deprecated.class), name);
    }

    @Test
    void privilegeClassesFixTheSpecCaveats() {
        assertEquals("call", EventRegistry.global().info("ChannelTalkingStart").privilege());
        assertEquals("call", EventRegistry.global().info("ChannelTalkingStop").privilege());
        assertEquals("call", EventRegistry.global().info("Hangup").privilege());
        assertNull(EventRegistry.global().info("Hangup").deprecatedSince());
    }

    @Test
    void internalEventsHaveNoClass() {
        for (String n : List.of("CloseSession", "Placeholder", "FakeMI")) {
            assertNull(EventRegistry.global().info(n), n);
        }
    }
}
