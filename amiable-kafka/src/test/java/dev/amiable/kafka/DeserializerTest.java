package dev.amiable.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.amiable.event.AmiEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The deserializer on values made by hand: gap records in both formats, and refused input. */
class DeserializerTest {
    private final AmiEventDeserializer d = new AmiEventDeserializer();

    private AmiEvent read(String value) {
        return d.deserialize("t", value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void gapRecordsInBothFormatsBecomeGapEvents() {
        BridgeGapEvent json = assertInstanceOf(BridgeGapEvent.class, read("{\"version\":1,\"type\":\"gap\","
                + "\"server\":\"pbx1\",\"epoch\":4,\"previousEpoch\":3,\"lastSeq\":1042,\"received\":\"2026-12-04T10:00:00Z\"}"));
        BridgeGapEvent ami = assertInstanceOf(BridgeGapEvent.class, read("Event: AmiableGap\r\nServer: pbx1\r\n"
                + "Epoch: 4\r\nPreviousEpoch: 3\r\nLastSeq: 1042\r\nReceived: 2026-12-04T10:00:00Z\r\n\r\n"));
        for (BridgeGapEvent g : new BridgeGapEvent[] {json, ami}) {
            assertEquals("pbx1", g.server());
            assertEquals(4, g.epoch());
            assertEquals(3, g.previousEpoch());
            assertEquals(1042, g.lastSeq());
            assertEquals(Instant.parse("2026-12-04T10:00:00Z"), g.received());
        }
    }

    @Test
    void unknownEventNamesStayGenericWithEveryHeader() {
        AmiEvent e = read("{\"version\":1,\"type\":\"event\",\"headers\":{\"Event\":\"MyThing\",\"X\":[\"1\",\"2\"]}}");
        assertEquals("MyThing", e.name());
        assertEquals(java.util.List.of("1", "2"), e.getAll("X"));
    }

    @Test
    void refusesWhatIsNotARecord() {
        assertNull(d.deserialize("t", null));
        assertThrows(SerializationException.class, () -> read("{\"version\":1,\"type\":\"event\""));
        assertThrows(SerializationException.class, () -> read("{\"version\":2,\"type\":\"event\",\"headers\":{\"Event\":\"A\"}}"));
        assertThrows(SerializationException.class, () -> read("{\"version\":1,\"type\":\"event\",\"headers\":{\"Event\":\"A\\r\\nAction: Originate\"}}"));
        assertThrows(SerializationException.class, () -> read("{\"version\":1,\"type\":\"event\",\"headers\":{\"Event\":7}}"));
        assertThrows(SerializationException.class, () -> read("Event: A\r\n\r\nEvent: B\r\n\r\n"));
        assertThrows(SerializationException.class, () -> read(""));
    }
}
