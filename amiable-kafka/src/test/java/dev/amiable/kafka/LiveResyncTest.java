package dev.amiable.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * With {@code live(true)}, a disconnect during which one call ended and another started gives, in
 * the topic: the gap record, then one change record per change the resync found (keyed by the
 * call's Linkedid), then one resynced record keyed by the server id.
 */
class LiveResyncTest {
    /** The resync's list actions and their completion events. */
    private static final Map<String, String> LISTS = Map.of(
            "CoreShowChannels", "CoreShowChannelsComplete", "BridgeList", "BridgeListComplete",
            "QueueStatus", "QueueStatusComplete", "Agents", "AgentsComplete",
            "ParkedCalls", "ParkedCallsComplete", "ConfbridgeListRooms", "ConfbridgeListRoomsComplete",
            "DeviceStateList", "DeviceStateListComplete", "ExtensionStateList", "ExtensionStateListComplete",
            "PresenceStateList", "PresenceStateListComplete");

    @Test
    void theResyncsChangesFollowTheGap() throws Exception {
        String topic = "live-resync";
        Broker.createTopic(topic, 1);
        AtomicBoolean afterOutage = new AtomicBoolean();
        long total;
        try (Pbx pbx = Pbx.start(); KafkaBridge bridge = KafkaBridge.builder().bootstrapServers(Broker.bootstrap())
                .topic(topic).live(true).build()) {
            FakeAsterisk server = pbx.server;
            LISTS.forEach((action, complete) -> server.onAction(action, (a, s) -> ListReply.of(action, complete)));
            // call 1.1 is up before the outage; while the link is down it ends and call 1.3 starts
            server.onAction("CoreShowChannels", (a, s) -> ListReply.of("CoreShowChannels",
                    "CoreShowChannelsComplete", afterOutage.get() ? channel("1.3") : channel("1.1")));
            // the client is connected: add() sends the first sync's lists now, before eventsOn()'s action,
            // so their answers (and that sync's end) reach the dispatcher before the first event
            bridge.add("pbx1", pbx.client);
            pbx.eventsOn();
            pbx.emitCallEvent("Newstate", "1.1", "1.1", 1);
            Await.until("the first event", Broker.WAIT, () -> bridge.stats().servers().get(0).received() == 1,
                    bridge::stats);
            afterOutage.set(true);
            server.sessions().get(0).close();
            // every event (the new session's FullyBooted too), the gap, 4 changes and the resynced record
            Await.until("the resync's changes", Broker.WAIT, () -> bridge.stats().servers().get(0).changes() == 4,
                    bridge::stats);
            Await.drained(pbx.client, 2);
            Await.until("the resync's records", Broker.WAIT, () -> {
                BridgeStats s = bridge.stats();
                BridgeStats.Server v = s.servers().get(0);
                return s.buffered() == 0 && v.published() == v.received() + 1 + 4 + 1;
            }, bridge::stats);
            assertTrue(bridge.flush(Broker.WAIT));
            total = bridge.stats().totalPublished();
            assertEquals(0, bridge.stats().totalFailed());
        }
        List<ConsumerRecord<byte[], byte[]>> records = Topic.read(topic, (int) total);
        List<String> seen = new ArrayList<>();
        AmiEventDeserializer d = new AmiEventDeserializer();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            AmiEvent e = d.deserialize(topic, r.value());
            if (e instanceof BridgeChangeEvent c) {
                assertEquals(c.id(), Topic.text(r.key()), "keyed by the Linkedid (here equal to the Uniqueid)");
                assertEquals("0", Topic.header(r, "ami-seq"));
                assertEquals("2", Topic.header(r, "ami-epoch"));
                assertEquals(c.change().equals("added"), c.before() == null);
                assertEquals(c.change().equals("removed"), c.after() == null);
                seen.add(c.change() + " " + c.object() + " " + c.id());
            } else if (e instanceof BridgeResyncedEvent rs) {
                assertEquals("pbx1", Topic.text(r.key()));
                assertEquals(4, rs.changes());
                assertEquals(List.of(), rs.unavailable());
                seen.add("resynced");
            } else if (e instanceof BridgeGapEvent g) {
                assertEquals(2, g.epoch());
                seen.add("gap");
            } else {
                seen.add("event " + e.name());
            }
        }
        assertEquals(total, seen.size(), seen.toString());
        assertEquals(List.of("event Newstate", "gap"), seen.subList(0, 2));
        // the new session's own events (FullyBooted) may come before the resync's records
        seen.removeIf(s -> s.startsWith("event "));
        assertEquals(6, seen.size(), seen.toString());
        assertEquals(Set.of("removed channel 1.1", "removed call 1.1", "added channel 1.3", "added call 1.3"),
                Set.copyOf(seen.subList(1, 5)));
        assertEquals("resynced", seen.get(5));
        String added = records.stream().map(r -> Topic.text(r.value()))
                .filter(v -> v.contains("\"type\":\"change\"") && v.contains("\"object\":\"call\"")
                        && v.contains("\"change\":\"added\""))
                .findFirst().orElseThrow();
        assertTrue(added.contains("\"before\":null,\"after\":{\"linkedid\":\"1.3\",\"channels\":[{\"uniqueid\":\"1.3\""),
                added);
        BridgeChangeEvent c = assertInstanceOf(BridgeChangeEvent.class, d.deserialize(topic, added.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        assertNull(c.before());
        assertTrue(c.after().startsWith("{\"linkedid\":\"1.3\""), c.after());
    }

    private static Message channel(String uid) {
        return Message.event("CoreShowChannel", "Channel", "PJSIP/100-" + uid, "ChannelState", "6",
                "ChannelStateDesc", "Up", "CallerIDNum", "100", "CallerIDName", "Alice", "ConnectedLineNum",
                "<unknown>", "ConnectedLineName", "<unknown>", "Language", "en", "AccountCode", "",
                "Context", "ami-test", "Exten", "100", "Priority", "1", "Uniqueid", uid, "Linkedid", uid,
                "Application", "Dial", "ApplicationData", "PJSIP/200", "Duration", "00:00:05", "BridgeId", "");
    }
}
