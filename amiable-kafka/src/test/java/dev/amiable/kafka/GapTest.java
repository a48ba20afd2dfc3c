package dev.amiable.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.Fault;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Each PBX disconnect and reconnect gives exactly one gap record, keyed by the server, and a higher epoch. */
class GapTest {
    @Test
    void oneGapRecordPerReconnectAndTheEpochIncreases() throws Exception {
        String topic = "gaps";
        Broker.createTopic(topic, 1);
        long total;
        try (Pbx pbx = Pbx.start(); KafkaBridge bridge = KafkaBridge.builder().bootstrapServers(Broker.bootstrap())
                .topic(topic).build()) {
            bridge.add("pbx1", pbx.client);
            pbx.eventsOn();
            for (int epoch = 1; epoch <= 3; epoch++) {
                long expectedEpoch = epoch;
                Await.until("epoch " + epoch, Broker.WAIT, () -> bridge.stats().servers().get(0).epoch()
                        == expectedEpoch, bridge::stats);
                long before = bridge.stats().servers().get(0).received();
                for (int i = 0; i < 3; i++) {
                    pbx.emitCallEvent("Newstate", "u" + epoch + "." + i, "l" + epoch, i);
                }
                Await.until("3 more events", Broker.WAIT, () -> bridge.stats().servers().get(0).received()
                        >= before + 3, bridge::stats);
                if (epoch < 3) {
                    pbx.server.fault(Fault.restart());
                }
            }
            // every event read is handed on, then every record acknowledged: the events and 2 gaps
            Await.drained(pbx.client, 9);
            Await.until("every record acknowledged", Broker.WAIT, () -> {
                BridgeStats s = bridge.stats();
                return s.buffered() == 0 && s.totalPublished() == s.servers().get(0).received() + 2;
            }, bridge::stats);
            assertTrue(bridge.flush(Broker.WAIT));
            total = bridge.stats().totalPublished();
            assertEquals(0, bridge.stats().totalFailed());
        }
        List<ConsumerRecord<byte[], byte[]>> records = Topic.read(topic, (int) total);
        assertEquals(total, records.size());
        List<String> gaps = new ArrayList<>();
        long epoch = 1;
        long lastSeq = 0;
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (Topic.text(r.value()).contains("\"type\":\"gap\"")) {
                gaps.add(Topic.text(r.value()));
                assertEquals("pbx1", Topic.text(r.key()));
                assertEquals("0", Topic.header(r, "ami-seq"));
                assertEquals("AmiableGap", Topic.header(r, "ami-event"));
                String expected = "{\"version\":1,\"type\":\"gap\",\"server\":\"pbx1\",\"epoch\":" + (epoch + 1)
                        + ",\"previousEpoch\":" + epoch + ",\"lastSeq\":" + lastSeq + ",\"received\":\"";
                assertTrue(Topic.text(r.value()).startsWith(expected), Topic.text(r.value()));
                BridgeGapEvent g = assertInstanceOf(BridgeGapEvent.class,
                        new AmiEventDeserializer().deserialize(topic, r.value()));
                assertEquals(epoch, g.previousEpoch());
                epoch++;
                lastSeq = 0;
            } else {
                assertEquals(Long.toString(epoch), Topic.header(r, "ami-epoch"));
                assertEquals(lastSeq + 1, Long.parseLong(Topic.header(r, "ami-seq")), "seq restarts at 1, no hole");
                lastSeq++;
            }
        }
        assertEquals(2, gaps.size(), "one gap per reconnect: " + gaps);
        assertEquals(3, epoch);
    }
}
