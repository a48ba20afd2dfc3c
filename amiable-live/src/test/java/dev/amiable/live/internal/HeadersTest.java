package dev.amiable.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.WireEvents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The folds' header reader gives what the event's own lookups give, whatever the frame's shape. */
class HeadersTest {
    /** Events decoded from wire text, as the client's reader makes them. */
    private static List<AmiEvent> wire(String text) {
        List<AmiEvent> out = new ArrayList<>();
        WireEvents.decode(text.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private static final String[] KEYS = {"Event", "Channel", "ChannelState", "Uniqueid", "Linkedid", "Variable",
        "Value", "AppData", "Missing", "ChanVariable", "X"};

    /** Every key read through {@code Headers} equals the event's own {@code get}, in any order of asking. */
    private static void agrees(Headers h, AmiEvent e, boolean reversed) {
        h.of(e);
        for (int i = 0; i < KEYS.length; i++) {
            String k = KEYS[reversed ? KEYS.length - 1 - i : i];
            assertEquals(e.get(k), h.get(k), k + " of " + e);
            assertEquals(e.get(k), h.get(k), k + " asked twice");
        }
    }

    @Test
    void everyShapeOfLineReadsAsTheFrameReadsIt() {
        String text = "Event: VarSet\r\nchannel: PJSIP/a-1\r\nCHANNELSTATE:6\r\nUniqueid: 1.1\r\n"
                + "Linkedid: \r\nVariable: A\nValue: x: y\r\nAppData: café ∑\r\nno colon line\r\n"
                + "X: first\r\nX: second\r\nChanVariable: A=1\r\nChanVariable: B=2\r\n\r\n"
                + "Event: Newexten\r\nUniqueid: 2.2\r\nChannel: PJSIP/b-2\r\nValue:\r\n\r\n"
                + "Event: VarSet\nChannel: PJSIP/a-1\nChannelState: 6\nUniqueid: 1.1\nVariable: A\nValue: z\n\n";
        Headers h = new Headers();
        for (boolean reversed : new boolean[] {false, true}) {
            for (AmiEvent e : wire(text)) {
                agrees(h, e, reversed);
            }
        }
        AmiEvent first = wire(text).get(0);
        h.of(first);
        assertEquals("first", h.get("X"), "a repeated key: its first value");
        assertEquals("", h.get("Linkedid"));
        assertEquals("x: y", h.get("Value"), "only the first colon ends the name");
        assertEquals("café ∑", h.get("AppData"));
        assertEquals("6", h.get("ChannelState"), "no space after the colon");
        assertNull(h.get("Missing"));
        assertTrue(h.valueIs("Uniqueid", "1.1"));
        assertFalse(h.valueIs("Uniqueid", "1.10"));
        assertFalse(h.valueIs("Missing", ""));
    }

    @Test
    void aValueSeenBeforeComesBackAsTheSameString() {
        Headers h = new Headers();
        String text = "Event: VarSet\r\nUniqueid: 1700000000.12\r\nVariable: A\r\nValue: 1\r\n\r\n";
        String one = h.of(wire(text).get(0)).get("Uniqueid");
        String two = h.of(wire(text).get(0)).get("Uniqueid");
        assertSame(one, two);
        h.of(wire("Event: X\r\nVariable: A\r\nUniqueid: 1700000000.12\r\n\r\n").get(0));
        assertSame(one, h.get("Uniqueid"), "found on another line, still the same string");
    }

    @Test
    void keysBeyondTheTableStillRead() {
        Headers h = new Headers();
        StringBuilder sb = new StringBuilder("Event: Many\r\n");
        for (int i = 0; i < 300; i++) {
            sb.append("K").append(i).append(": v").append(i).append("\r\n");
        }
        AmiEvent e = wire(sb.append("\r\n").toString()).get(0);
        h.of(e);
        for (int i = 299; i >= 0; i--) {
            assertEquals("v" + i, h.get("K" + i));
        }
    }

    @Test
    void keysThatMoveBetweenEventsAreStillFoundFromEitherEnd() {
        Headers h = new Headers();
        java.util.Random r = new java.util.Random(17);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder("Event: VarSet\r\n");
            int before = r.nextInt(4);
            int after = r.nextInt(4);
            for (int i = 0; i < before; i++) {
                sb.append("Pad").append(i).append(": ").append("x".repeat(r.nextInt(20))).append(r.nextBoolean() ? "\r\n" : "\n");
            }
            if (r.nextInt(5) > 0) {
                sb.append("Uniqueid: ").append(n).append("\r\n");
            }
            for (int i = 0; i < after; i++) {
                sb.append("Tail").append(i).append(":").append("y".repeat(r.nextInt(20))).append("\r\n");
            }
            if (r.nextBoolean()) {
                sb.append("Channel: PJSIP/").append(n).append("\r\n");
            }
            AmiEvent e = wire(sb.append("\r\n").toString()).get(0);
            agrees(h, e, r.nextBoolean());
        }
    }
}
