package dev.amiable.live;

import static dev.amiable.live.Scripts.channelItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.event.ChannelState;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A resync after a reconnect rebuilds only the calls it changed: each changed call must come out
 * as the lists say (a channel's new state, links gained or lost with bridge membership, a call
 * whose channels all went removed, a new call added), and a call the lists leave as it was is
 * neither rebuilt into something else nor reported. The first session's lists are the PBX before
 * the outage, the second's after it.
 */
class ResyncChangedCallsTest {

    @Test
    void aResyncWithoutListenersLeavesEveryChangedCallAsListed() throws Exception {
        try (FakeAsterisk server = beforeAndAfter(); AmiClient ami = Scripts.fastReconnectingClient(server);
             LivePbx live = LivePbx.attach(ami)) {
            assertBefore(live.synced().get(10, TimeUnit.SECONDS));
            // no change listener (it would turn on the model's change reporting): the client's own
            // list listener, called after the model's for each finished list, sees the resync end
            CountDownLatch resynced = new CountDownLatch(1);
            ami.addListListener(l -> {
                PbxSnapshot s = live.snapshot();
                if (s.synced() && !s.stale() && s.call("G.1") != null) {
                    resynced.countDown();
                }
            });
            server.sessions().get(0).close();
            assertTrue(resynced.await(10, TimeUnit.SECONDS));
            assertAfter(live.snapshot());
        }
    }

    @Test
    void aResyncWithAListenerReportsTheChangedCallsOnly() throws Exception {
        try (FakeAsterisk server = beforeAndAfter(); AmiClient ami = Scripts.fastReconnectingClient(server);
             LivePbx live = LivePbx.attach(ami)) {
            assertBefore(live.synced().get(10, TimeUnit.SECONDS));
            List<LiveChange> changes = Scripts.changesAcrossReconnect(server, live);
            LiveChange.Resynced r = (LiveChange.Resynced) changes.get(changes.size() - 1);
            assertAfter(r.snapshot());

            Set<String> calls = new TreeSet<>();
            for (LiveChange c : changes) {
                if (c instanceof LiveChange.CallChange cc) {
                    calls.add((cc.added() ? "+" : cc.removed() ? "-" : "~") + (cc.after() != null ? cc.after() : cc.before()).linkedid());
                }
            }
            assertEquals(Set.of("~A.1", "~B.1", "-C.1", "~D.1", "+G.1"), calls);
        }
    }

    private static void assertBefore(PbxSnapshot s) {
        assertEquals(List.of(), Consistency.problems(s));
        assertEquals(List.of(new LiveLink("br-A", "A.1", "A.2")), s.call("A.1").links());
        assertEquals(List.of(), s.call("B.1").links());
        assertEquals(1, s.call("C.1").channels().size());
        assertEquals(List.of(new LiveLink("br-D", "D.1", "D.2")), s.call("D.1").links());
        assertEquals(List.of(new LiveLink("br-E", "E.1", "E.2")), s.call("E.1").links());
        assertNull(s.call("G.1"));
    }

    private static void assertAfter(PbxSnapshot s) {
        assertEquals(List.of(), Consistency.problems(s));
        // a channel's state changed: its call holds the channel as now listed
        assertEquals(ChannelState.RING, s.channel("A.2").state());
        assertSame(s.channel("A.2"), s.call("A.1").channels().get(1));
        assertEquals(List.of(new LiveLink("br-A", "A.1", "A.2")), s.call("A.1").links());
        // both channels joined a bridge: the call gained its link
        assertEquals(List.of(new LiveLink("br-B", "B.1", "B.2")), s.call("B.1").links());
        // its only channel went: the call went
        assertNull(s.call("C.1"));
        // its bridge went: the call lost its link
        assertEquals(List.of(), s.call("D.1").links());
        assertEquals(2, s.call("D.1").channels().size());
        // untouched
        assertEquals(List.of(new LiveLink("br-E", "E.1", "E.2")), s.call("E.1").links());
        assertEquals(1, s.call("G.1").channels().size());
        assertEquals(Set.of("A.1", "B.1", "D.1", "E.1", "G.1"), linkedids(s));
    }

    private static Set<String> linkedids(PbxSnapshot s) {
        Set<String> out = new TreeSet<>();
        for (LiveCall c : s.calls()) {
            out.add(c.linkedid());
        }
        return out;
    }

    /** Session 1 lists the PBX before the outage, every later session the PBX after it. */
    private static FakeAsterisk beforeAndAfter() {
        FakeAsterisk server = FakeAsterisk.create().start();
        Scripts.emptyLists(server);
        List<Message> before = List.of(
                channelItem("A.1", "A.1", "PJSIP/100-00000001", 6, "br-A"),
                channelItem("A.2", "A.1", "PJSIP/101-00000002", 6, "br-A"),
                channelItem("B.1", "B.1", "PJSIP/102-00000003", 6, null),
                channelItem("B.2", "B.1", "PJSIP/103-00000004", 6, null),
                channelItem("C.1", "C.1", "PJSIP/104-00000005", 6, null),
                channelItem("D.1", "D.1", "PJSIP/105-00000006", 6, "br-D"),
                channelItem("D.2", "D.1", "PJSIP/106-00000007", 6, "br-D"),
                channelItem("E.1", "E.1", "PJSIP/107-00000008", 6, "br-E"),
                channelItem("E.2", "E.1", "PJSIP/108-00000009", 6, "br-E"));
        List<Message> after = List.of(
                channelItem("A.1", "A.1", "PJSIP/100-00000001", 6, "br-A"),
                channelItem("A.2", "A.1", "PJSIP/101-00000002", 4, "br-A"),
                channelItem("B.1", "B.1", "PJSIP/102-00000003", 6, "br-B"),
                channelItem("B.2", "B.1", "PJSIP/103-00000004", 6, "br-B"),
                channelItem("D.1", "D.1", "PJSIP/105-00000006", 6, null),
                channelItem("D.2", "D.1", "PJSIP/106-00000007", 6, null),
                channelItem("E.1", "E.1", "PJSIP/107-00000008", 6, "br-E"),
                channelItem("E.2", "E.1", "PJSIP/108-00000009", 6, "br-E"),
                channelItem("G.1", "G.1", "PJSIP/109-0000000a", 6, null));
        Map<String, List<String>> membersBefore = Map.of("br-A", List.of("A.1", "A.2"), "br-D", List.of("D.1", "D.2"),
                "br-E", List.of("E.1", "E.2"));
        Map<String, List<String>> membersAfter = Map.of("br-A", List.of("A.1", "A.2"), "br-B", List.of("B.1", "B.2"),
                "br-E", List.of("E.1", "E.2"));
        server.onAction("CoreShowChannels", (a, s) ->
                ListReply.of("CoreShowChannels", "CoreShowChannelsComplete", s.id() == 1 ? before : after));
        server.onAction("BridgeList", (a, s) -> {
            List<Message> items = new ArrayList<>();
            for (String id : new TreeSet<>((s.id() == 1 ? membersBefore : membersAfter).keySet())) {
                items.add(bridge(id));
            }
            return ListReply.of("BridgeList", "BridgeListComplete", items);
        });
        server.onAction("BridgeInfo", (a, s) -> {
            List<String> ids = (s.id() == 1 ? membersBefore : membersAfter).get(a.get("BridgeUniqueid"));
            if (ids == null) {
                return Reply.error("Bridge not found");
            }
            List<Message> items = new ArrayList<>();
            for (String uid : ids) {
                items.add(Message.event("BridgeInfoChannel", "Channel", "PJSIP/x-" + uid, "Uniqueid", uid,
                        "Linkedid", uid.substring(0, 1) + ".1", "ChannelState", "6"));
            }
            return ListReply.of("Bridge channel listing", "BridgeInfoComplete", items);
        });
        return server;
    }

    private static Message bridge(String id) {
        return Message.event("BridgeListItem", "BridgeUniqueid", id, "BridgeType", "basic", "BridgeTechnology",
                "simple_bridge", "BridgeCreator", "<unknown>", "BridgeName", "<unknown>", "BridgeNumChannels", "2");
    }
}
