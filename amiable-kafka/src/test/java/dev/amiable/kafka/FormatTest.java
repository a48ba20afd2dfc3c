package dev.amiable.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.amiable.Header;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.HangupEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Record values in both formats, from bytes a PBX sent: the JSON envelope exactly as the contract
 * says (repeated {@code ChanVariable} as an array at its first position), the raw format byte for
 * byte, keys by Linkedid, Uniqueid or server, the four Kafka headers, and the deserializer giving
 * typed events back.
 */
class FormatTest {
    /** A Hangup with ChanVariable repeated around another header, a bare-LF line and no space after a colon. */
    private static final String HANGUP = "Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/100-00000001\r\n"
            + "Uniqueid: 1700.1\r\nLinkedid: 1700.0\r\nChanVariable: A=1\r\nCause:16\nChanVariable: B=2\r\n\r\n";
    private static final String NO_LINKEDID = "Event: Newchannel\r\nUniqueid: 1700.7\r\nChannel: PJSIP/7-1\r\n\r\n";
    private static final String NO_IDS = "Event: PeerStatus\r\nPeer: PJSIP/100\r\nPeerStatus: Reachable\r\n\r\n";

    @Test
    void jsonEnvelopeFollowsTheContract() throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = publish("format-json", BridgeFormat.JSON);
        ConsumerRecord<byte[], byte[]> hangup = records.get(0);
        String json = Topic.text(hangup.value()).replaceFirst("\"received\":\"[0-9T:.\\-]+Z\"", "\"received\":\"T\"");
        assertEquals("{\"version\":1,\"type\":\"event\",\"server\":\"pbx1\",\"epoch\":1,\"seq\":1,\"received\":\"T\","
                + "\"event\":\"Hangup\",\"headers\":{\"Event\":\"Hangup\",\"Privilege\":\"call,all\","
                + "\"Channel\":\"PJSIP/100-00000001\",\"Uniqueid\":\"1700.1\",\"Linkedid\":\"1700.0\","
                + "\"ChanVariable\":[\"A=1\",\"B=2\"],\"Cause\":\"16\"}}", json);
        checkKeysAndHeaders(records);

        AmiEvent e = new AmiEventDeserializer().deserialize("format-json", hangup.value());
        HangupEvent h = assertInstanceOf(HangupEvent.class, e);
        assertEquals(List.of("A=1", "B=2"), h.getAll("ChanVariable"));
        assertEquals("PJSIP/100-00000001", h.channel());
        assertEquals(16, h.getInt("Cause"));
    }

    @Test
    void amiRecordsAreTheBytesAsSentAndDecodeBackToTheSameEvent() throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = publish("format-ami", BridgeFormat.AMI);
        assertArrayEquals(HANGUP.getBytes(StandardCharsets.UTF_8), records.get(0).value());
        assertArrayEquals(NO_LINKEDID.getBytes(StandardCharsets.UTF_8), records.get(1).value());
        checkKeysAndHeaders(records);

        AmiEvent e = new AmiEventDeserializer().deserialize("format-ami", records.get(0).value());
        HangupEvent h = assertInstanceOf(HangupEvent.class, e);
        assertEquals(List.of(new Header("Event", "Hangup"), new Header("Privilege", "call,all"),
                new Header("Channel", "PJSIP/100-00000001"), new Header("Uniqueid", "1700.1"),
                new Header("Linkedid", "1700.0"), new Header("ChanVariable", "A=1"), new Header("Cause", "16"),
                new Header("ChanVariable", "B=2")), h.headers());
    }

    private static void checkKeysAndHeaders(List<ConsumerRecord<byte[], byte[]>> records) {
        assertEquals(List.of("1700.0", "1700.7", "pbx1"), records.stream().map(r -> Topic.text(r.key())).toList());
        assertEquals(List.of("Hangup", "Newchannel", "PeerStatus"),
                records.stream().map(r -> Topic.header(r, "ami-event")).toList());
        assertEquals(List.of("1", "2", "3"), records.stream().map(r -> Topic.header(r, "ami-seq")).toList());
        for (ConsumerRecord<byte[], byte[]> r : records) {
            assertEquals("pbx1", Topic.header(r, "ami-server"));
            assertEquals("1", Topic.header(r, "ami-epoch"));
        }
    }

    /** The three events through a bridge into a one-partition topic, read back in order. */
    private static List<ConsumerRecord<byte[], byte[]>> publish(String topic, BridgeFormat format) throws Exception {
        Broker.createTopic(topic, 1);
        try (Pbx pbx = Pbx.start(); KafkaBridge bridge = KafkaBridge.builder().bootstrapServers(Broker.bootstrap())
                .topic(topic).format(format).build()) {
            bridge.add("pbx1", pbx.client);
            pbx.server.emitRaw((HANGUP + NO_LINKEDID + NO_IDS).getBytes(StandardCharsets.UTF_8));
            Await.until("3 events acknowledged", Broker.WAIT, () -> bridge.stats().totalPublished() == 3, bridge::stats);
        }
        List<ConsumerRecord<byte[], byte[]>> records = Topic.read(topic, 3);
        assertEquals(3, records.size());
        return records;
    }
}
