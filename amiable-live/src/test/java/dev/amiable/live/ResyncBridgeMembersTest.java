package dev.amiable.live;

import static dev.amiable.live.Scripts.channelEvent;
import static dev.amiable.live.Scripts.channelItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.amiable.AmiClient;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.Reply;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bridge membership as the first resync leaves it: the resync writes the bridges first, with the
 * members their {@code BridgeInfo} listed, and then the channels; a channel that an event moved
 * out of its bridge while the lists were being answered stays out, and its bridge holds only the
 * channels that still name it.
 */
class ResyncBridgeMembersTest {
    private static final String BR1 = "br-1";
    private static final String BR2 = "br-2";

    @Test
    void afterTheFirstResyncEveryBridgeHoldsTheChannelsItListed() throws Exception {
        try (FakeAsterisk server = twoBridgedCalls()) {
            server.onAction("PresenceStateList", (a, s) -> ListReply.of("PresenceStateList", "PresenceStateListComplete"));
            try (AmiClient ami = Servers.connect(server); LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);

                assertEquals(Set.of("1.1", "1.2"), s.bridge(BR1).channelIds());
                assertEquals(Set.of("2.1", "2.2"), s.bridge(BR2).channelIds());
                assertEquals(BR1, s.channel("1.1").bridgeId());
                assertEquals(BR1, s.channel("1.2").bridgeId());
                assertEquals(BR2, s.channel("2.1").bridgeId());
                assertEquals(BR2, s.channel("2.2").bridgeId());
                assertEquals(List.of(new LiveLink(BR1, "1.1", "1.2")), s.call("1.1").links());
                assertEquals(List.of(new LiveLink(BR2, "2.1", "2.2")), s.call("2.1").links());
            }
        }
    }

    @Test
    void aChannelThatLeftItsBridgeDuringTheResyncIsInNoBridge() throws Exception {
        try (FakeAsterisk server = twoBridgedCalls()) {
            // answered last of the first resync's main lists: the lists still show 1.2 in br-1
            server.onAction("PresenceStateList", (a, s) -> {
                server.emit(channelEvent("BridgeLeave", "1.2", "1.1", "PJSIP/101-00000002", 6,
                        "BridgeUniqueid", BR1, "BridgeType", "basic", "BridgeTechnology", "simple_bridge"));
                return ListReply.of("PresenceStateList", "PresenceStateListComplete");
            });
            try (AmiClient ami = Servers.connect(server); LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);

                assertNull(s.channel("1.2").bridgeId());
                assertEquals(BR1, s.channel("1.1").bridgeId());
                assertEquals(Set.of("1.1"), s.bridge(BR1).channelIds());
                assertEquals(List.of(), s.call("1.1").links());
                assertEquals(Set.of("2.1", "2.2"), s.bridge(BR2).channelIds());
                assertEquals(List.of(new LiveLink(BR2, "2.1", "2.2")), s.call("2.1").links());
            }
        }
    }

    /** Two answered calls, each in a basic bridge of its own, listed by every list a resync sends. */
    private static FakeAsterisk twoBridgedCalls() {
        FakeAsterisk server = FakeAsterisk.create().start();
        Scripts.emptyLists(server);
        server.onAction("CoreShowChannels", (a, s) -> ListReply.of("CoreShowChannels", "CoreShowChannelsComplete",
                channelItem("1.1", "1.1", "PJSIP/100-00000001", 6, BR1),
                channelItem("1.2", "1.1", "PJSIP/101-00000002", 6, BR1),
                channelItem("2.1", "2.1", "PJSIP/102-00000003", 6, BR2),
                channelItem("2.2", "2.1", "PJSIP/103-00000004", 6, BR2)));
        server.onAction("BridgeList", (a, s) -> ListReply.of("BridgeList", "BridgeListComplete",
                bridge("BridgeListItem", BR1), bridge("BridgeListItem", BR2)));
        Map<String, List<Message>> members = Map.of(
                BR1, List.of(member("1.1", "1.1", "PJSIP/100-00000001"), member("1.2", "1.1", "PJSIP/101-00000002")),
                BR2, List.of(member("2.1", "2.1", "PJSIP/102-00000003"), member("2.2", "2.1", "PJSIP/103-00000004")));
        server.onAction("BridgeInfo", (a, s) -> {
            List<Message> items = members.get(a.get("BridgeUniqueid"));
            return items == null ? Reply.error("Bridge not found")
                    : ListReply.of("Bridge channel listing", "BridgeInfoComplete", items);
        });
        return server;
    }

    private static Message bridge(String event, String id) {
        return Message.event(event, "BridgeUniqueid", id, "BridgeType", "basic", "BridgeTechnology", "simple_bridge",
                "BridgeCreator", "<unknown>", "BridgeName", "<unknown>", "BridgeNumChannels", "2");
    }

    private static Message member(String uid, String linkedid, String name) {
        return channelEvent("BridgeInfoChannel", uid, linkedid, name, 6).without("Privilege");
    }
}
