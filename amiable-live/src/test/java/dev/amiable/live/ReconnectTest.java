package dev.amiable.live;

import static dev.amiable.live.Scripts.channelItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.ReconnectPolicy;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A reconnect during which one call ended and another started: the changes are reported as
 * ordinary changes, then a resync-finished signal with a gap; each list action is sent exactly
 * once per resync.
 */
class ReconnectTest {

    @Test
    void outageChangesAreReportedThenResyncedWithGap() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Map<String, AtomicInteger> counts = Scripts.emptyLists(server);
            AtomicInteger resyncs = new AtomicInteger();
            server.onAction("CoreShowChannels", (a, s) -> {
                counts.computeIfAbsent(s.id() + ":CoreShowChannels", k -> new AtomicInteger()).incrementAndGet();
                boolean first = resyncs.incrementAndGet() == 1;
                return ListReply.of("CoreShowChannels", "CoreShowChannelsComplete", first
                        ? List.of(channelItem("1.1", "1.1", "PJSIP/100-00000001", 6, null),
                                channelItem("1.2", "1.2", "PJSIP/101-00000002", 6, "br-1"))
                        : List.of(channelItem("1.2", "1.2", "PJSIP/101-00000002", 6, "br-1"),
                                channelItem("1.3", "1.3", "PJSIP/102-00000003", 6, null)));
            });
            server.onAction("BridgeList", (a, s) -> {
                counts.computeIfAbsent(s.id() + ":BridgeList", k -> new AtomicInteger()).incrementAndGet();
                return ListReply.of("BridgeList", "BridgeListComplete", Message.event("BridgeListItem",
                        "BridgeUniqueid", "br-1", "BridgeType", "holding", "BridgeTechnology", "holding_bridge",
                        "BridgeCreator", "<unknown>", "BridgeName", "<unknown>", "BridgeNumChannels", "1"));
            });
            server.onAction("BridgeInfo", (a, s) -> {
                counts.computeIfAbsent(s.id() + ":BridgeInfo", k -> new AtomicInteger()).incrementAndGet();
                return ListReply.of("BridgeInfo", "BridgeInfoComplete", Message.event("BridgeInfoChannel",
                        "Channel", "PJSIP/101-00000002", "Uniqueid", "1.2", "Linkedid", "1.2", "ChannelState", "6"));
            });
            AmiClient ami = AmiClient.connect(Servers.options(server)
                    .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100))).build());
            try (ami; LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot first = live.synced().get(10, TimeUnit.SECONDS);
                assertEquals(2, first.channels().size());
                assertEquals(Set.of("1.2"), first.bridge("br-1").channelIds());
                assertEquals("br-1", first.channel("1.2").bridgeId());
                // a holding bridge does not link
                assertTrue(first.call("1.2").links().isEmpty());

                List<LiveChange> changes = Scripts.changesAcrossReconnect(server, live);

                List<String> seen = new ArrayList<>();
                for (LiveChange c : changes) {
                    if (c instanceof LiveChange.ChannelChange cc) {
                        seen.add((cc.added() ? "+" : cc.removed() ? "-" : "~") + "channel "
                                + (cc.after() != null ? cc.after() : cc.before()).uniqueid());
                    } else if (c instanceof LiveChange.CallChange cc) {
                        seen.add((cc.added() ? "+" : cc.removed() ? "-" : "~") + "call "
                                + (cc.after() != null ? cc.after() : cc.before()).linkedid());
                    } else {
                        seen.add(c.getClass().getSimpleName());
                    }
                }
                assertEquals("Stale", seen.get(0));
                assertEquals("Resynced", seen.get(seen.size() - 1));
                assertEquals(Set.of("-channel 1.1", "+channel 1.3", "-call 1.1", "+call 1.3"),
                        Set.copyOf(seen.subList(1, seen.size() - 1)));
                assertEquals(6, seen.size());
                LiveChange.Resynced r = (LiveChange.Resynced) changes.get(changes.size() - 1);
                assertTrue(r.gap());
                assertFalse(r.snapshot().stale());
                assertEquals(Set.of("1.2", "1.3"), Set.copyOf(r.snapshot().channels().stream()
                        .map(LiveChannel::uniqueid).toList()));
                assertEquals("br-1", r.snapshot().channel("1.2").bridgeId());
            }
            // exactly one of each resync action per session (= per resync)
            Set<String> sessions = new java.util.TreeSet<>();
            counts.keySet().forEach(k -> sessions.add(k.substring(0, k.indexOf(':'))));
            assertEquals(2, sessions.size());
            for (String session : sessions) {
                for (String action : Scripts.LISTS.keySet()) {
                    assertEquals(1, counts.get(session + ":" + action).get(), action + " on " + session);
                }
                assertEquals(1, counts.get(session + ":BridgeInfo").get());
            }
            assertEquals(2 * (Scripts.LISTS.size() + 1), counts.values().stream().mapToInt(AtomicInteger::get).sum());
        }
    }
}
