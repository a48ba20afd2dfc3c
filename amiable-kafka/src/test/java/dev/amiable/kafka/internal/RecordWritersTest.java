package dev.amiable.kafka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.kafka.AmiEventDeserializer;
import dev.amiable.kafka.BridgeChangeEvent;
import dev.amiable.kafka.BridgeFormat;
import dev.amiable.kafka.BridgeResyncedEvent;
import dev.amiable.live.LiveCall;
import dev.amiable.live.LiveChange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The value writers without a broker: escaping, the time text, change and resynced records in both formats. */
class RecordWritersTest {
    private final AmiEventDeserializer d = new AmiEventDeserializer();

    @Test
    void valuesThatNeedEscapingAreEscapedAndOthersWrittenAsTheyAre() {
        AmiEvent e = AmiEvent.of("Event", "UserEvent", "Plain", "a b-c", "Quote", "say \"hi\"", "Slash", "C:\\x",
                "Tab", "a\tb", "Accent", "café");
        String json = new String(new JsonRecords("pbx1").event(new EventKeys().load(e), 1, 7, 0L),
                StandardCharsets.UTF_8);
        assertEquals("{\"version\":1,\"type\":\"event\",\"server\":\"pbx1\",\"epoch\":1,\"seq\":7,"
                + "\"received\":\"1970-01-01T00:00:00.000Z\",\"event\":\"UserEvent\",\"headers\":{\"Event\":\"UserEvent\","
                + "\"Plain\":\"a b-c\",\"Quote\":\"say \\\"hi\\\"\",\"Slash\":\"C:\\\\x\",\"Tab\":\"a\\tb\","
                + "\"Accent\":\"café\"}}", json);
        AmiEvent back = d.deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        for (String k : List.of("Plain", "Quote", "Slash", "Tab", "Accent")) {
            assertEquals(e.get(k), back.get(k), k);
        }
    }

    @Test
    void timeTextIsIsoInstantToTheMillisecond() {
        TimeText t = new TimeText();
        Random r = new Random(42);
        long millis = 1_764_900_000_000L;
        for (int i = 0; i < 10_000; i++) {
            millis += r.nextInt(3) == 0 ? r.nextInt(5_000) : r.nextInt(3);
            String expected = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis));
            if (millis % 1000 == 0) {
                expected = expected.replace("Z", ".000Z"); // ISO_INSTANT leaves out a zero fraction
            }
            assertEquals(expected, t.format(millis));
        }
    }

    @Test
    void changeAndResyncedRecordsReadBackTypedInBothFormats() {
        LiveCall call = new LiveCall("1.3", List.of(), Instant.parse("2026-12-04T10:00:00Z"), null, List.of());
        LiveChanges c = LiveChanges.of(new LiveChange.CallChange(null, call));
        assertEquals("1.3", c.linkedid());
        for (BridgeFormat format : BridgeFormat.values()) {
            RecordFormat w = RecordFormat.of(format, "pbx1");
            BridgeChangeEvent ch = assertInstanceOf(BridgeChangeEvent.class,
                    d.deserialize("t", w.change(c, 2, 0L)), format.name());
            assertEquals("pbx1", ch.server());
            assertEquals(2, ch.epoch());
            assertEquals("call", ch.object());
            assertEquals("added", ch.change());
            assertEquals("1.3", ch.id());
            assertNull(ch.before());
            assertEquals("{\"linkedid\":\"1.3\",\"channels\":[],\"started\":\"2026-12-04T10:00:00Z\","
                    + "\"answered\":null,\"links\":[]}", ch.after());
            BridgeResyncedEvent rs = assertInstanceOf(BridgeResyncedEvent.class,
                    d.deserialize("t", w.resynced(2, 4, List.of("QUEUES", "AGENTS"), 0L)), format.name());
            assertEquals(4, rs.changes());
            assertEquals(List.of("QUEUES", "AGENTS"), rs.unavailable());
            assertEquals(Instant.EPOCH, rs.received());
            assertTrue(rs.server().equals("pbx1") && rs.epoch() == 2);
        }
    }
}
