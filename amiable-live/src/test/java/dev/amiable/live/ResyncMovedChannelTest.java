package dev.amiable.live;

import static dev.amiable.live.Scripts.channelEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.testkit.AmiSession;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link LiveTruthPropertyTest} (resync variant, seed 190 of 300): a parked channel (in
 * the lot's bridge) was picked up into another bridge while the client was away; during the
 * resync it leaves that other bridge (BridgeLeave). It is then in no bridge. Before the fix the
 * model, whose last word for it was the lot, kept it in the lot: BridgeLeave only cleared the
 * bridge the event named.
 */
class ResyncMovedChannelTest {
    private static final String BRIDGE = "lot-1";

    @Test
    void aChannelThatLeavesABridgeItMovedToUnseenIsInNoBridge() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            AtomicInteger resyncs = new AtomicInteger();
            Scripts.emptyLists(server);
            server.onAction("CoreShowChannels", (a, s) -> ListReply.of("CoreShowChannels", "CoreShowChannelsComplete",
                    resyncs.get() == 0 ? java.util.List.of()
                            : java.util.List.of(Scripts.channelItem("1.1", "1.1", "PJSIP/100-00000001", 6, "br-2"))));
            server.onAction("BridgeList", (a, s) -> ListReply.of("BridgeList", "BridgeListComplete",
                    Message.event("BridgeListItem", "BridgeUniqueid", BRIDGE, "BridgeType", "parking",
                            "BridgeTechnology", "holding_bridge", "BridgeCreator", "<unknown>", "BridgeName", "default",
                            "BridgeNumChannels", "0")));
            server.onAction("BridgeInfo", (a, s) -> ListReply.of("BridgeInfo", "BridgeInfoComplete"));
            Scripts.duringSecondResync(server, resyncs,
                    channelEvent("BridgeLeave", "1.1", "1.1", "PJSIP/100-00000001", 6,
                            "BridgeUniqueid", "br-2", "BridgeType", "basic"));
            AmiClient ami = Scripts.fastReconnectingClient(server);
            try (ami; LivePbx live = LivePbx.attach(ami)) {
                live.synced().get(10, TimeUnit.SECONDS);
                server.emit(channelEvent("Newchannel", "1.1", "1.1", "PJSIP/100-00000001", 6));
                server.emit(Message.event("BridgeCreate", "Privilege", "call,all", "BridgeUniqueid", BRIDGE,
                        "BridgeType", "parking", "BridgeTechnology", "holding_bridge", "BridgeNumChannels", "0"));
                server.emit(channelEvent("BridgeEnter", "1.1", "1.1", "PJSIP/100-00000001", 6, "BridgeUniqueid", BRIDGE));
                await(() -> live.snapshot().channel("1.1") != null && BRIDGE.equals(live.snapshot().channel("1.1").bridgeId()));

                server.sessions().forEach(AmiSession::close);   // 1.1 moves to br-2 while the client is away
                await(() -> resyncs.get() == 2 && !live.snapshot().stale());

                assertNull(live.snapshot().channel("1.1").bridgeId());
                assertEquals(java.util.Set.of(), live.snapshot().bridge(BRIDGE).channelIds());
            }
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(1);
        }
    }
}
