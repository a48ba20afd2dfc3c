package dev.amiable.kafka.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.amiable.event.AmiEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The record key read from the frame's bytes: which header wins, case, empties, non-ASCII, reuse. */
class EventKeysTest {
    private static final byte[] SERVER = bytes("pbx1");
    private final EventKeys keys = new EventKeys();
    private final EventKeys.KeyCache cache = new EventKeys.KeyCache();

    @Test
    void linkedidWinsOverUniqueidThenTheServer() {
        assertKey("L1", "Event", "Newstate", "Uniqueid", "U1", "Linkedid", "L1");
        assertKey("U1", "Event", "Newstate", "Uniqueid", "U1");
        assertKey("pbx1", "Event", "PeerStatus", "Peer", "PJSIP/100");
    }

    @Test
    void namesMatchIgnoringCaseAndEmptyValuesAreSkipped() {
        assertKey("L2", "Event", "Newstate", "LINKEDID", "L2", "uniqueid", "U2");
        assertKey("U3", "Event", "Newstate", "Linkedid", "", "Uniqueid", "U3");
        assertKey("pbx1", "Event", "Newstate", "Linkedid", "", "Uniqueid", "");
    }

    @Test
    void theFirstOccurrenceCounts() {
        assertKey("L4", "Event", "Newstate", "Linkedid", "L4", "Linkedid", "L5");
    }

    @Test
    void nonAsciiValuesAreTheUtf8OfTheDecodedValue() {
        assertKey("appel-é", "Event", "Newstate", "Linkedid", "appel-é");
    }

    @Test
    void aRunOfOneCallsEventsSharesOneKeyArrayAndANewCallGetsItsOwn() {
        byte[] a = keyOf("Event", "Newstate", "Linkedid", "1700.1");
        byte[] b = keyOf("Event", "Hangup", "Linkedid", "1700.1");
        byte[] c = keyOf("Event", "Newstate", "Linkedid", "1700.2");
        assertSame(a, b);
        assertNotSame(a, c);
        assertArrayEquals(bytes("1700.1"), a, "an earlier record's key is left alone");
        assertArrayEquals(bytes("1700.2"), c);
    }

    @Test
    void withoutNamesTheKeyIsTheSameAndNoNameIsKept() {
        EventKeys bare = new EventKeys();
        String[][] events = {{"Event", "Newstate", "LINKEDID", "L2", "uniqueid", "U2"},
            {"Event", "Newstate", "Linkedid", "", "Uniqueid", "U3"}, {"Event", "PeerStatus", "Peer", "PJSIP/100"},
            {"Event", "Newstate", "Linkedid", "appel-é"}};
        for (String[] e : events) {
            String withNames = new String(keyOf(e), StandardCharsets.UTF_8);
            String without = new String(bare.load(AmiEvent.of(e), false).recordKey(SERVER, new EventKeys.KeyCache()),
                    StandardCharsets.UTF_8);
            assertEquals(withNames, without);
            assertEquals(e.length / 2, bare.size());
        }
        assertEquals(0, bare.names().size());
    }

    private void assertKey(String expected, String... keysAndValues) {
        assertEquals(expected, new String(keyOf(keysAndValues), StandardCharsets.UTF_8));
    }

    private byte[] keyOf(String... keysAndValues) {
        return keys.load(AmiEvent.of(keysAndValues)).recordKey(SERVER, cache);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
