package dev.amiable.live;

import static dev.amiable.live.Scripts.channelEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.testkit.AmiSession;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Message;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link LiveTruthPropertyTest} (resync variant, seed 13): a channel that hung up while
 * the client was away is not in the resync's lists; an event during the resync about something
 * else (its old bridge destroyed) changes it as a side effect. It must still go: only an event
 * naming the channel itself says it exists. Before the fix the side effect counted as "touched by
 * an event" and the channel, and likewise a bridge, stayed forever.
 */
class ResyncSideEffectTest {
    private static final String BRIDGE = "br-1";

    @Test
    void aChannelGoneDuringTheGapIsNotKeptByASideEffect() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Scripts.emptyLists(server);
            AtomicInteger resyncs = Scripts.duringSecondResync(server,
                    Message.event("BridgeDestroy", "Privilege", "call,all", "BridgeUniqueid", BRIDGE,
                            "BridgeType", "basic", "BridgeTechnology", "simple_bridge", "BridgeNumChannels", "0"));
            AmiClient ami = Scripts.fastReconnectingClient(server);
            try (ami; LivePbx live = LivePbx.attach(ami)) {
                live.synced().get(10, TimeUnit.SECONDS);
                server.emit(channelEvent("Newchannel", "1.1", "1.1", "PJSIP/100-00000001", 6));
                server.emit(Message.event("BridgeCreate", "Privilege", "call,all", "BridgeUniqueid", BRIDGE,
                        "BridgeType", "basic", "BridgeTechnology", "simple_bridge", "BridgeNumChannels", "0"));
                server.emit(channelEvent("BridgeEnter", "1.1", "1.1", "PJSIP/100-00000001", 6, "BridgeUniqueid", BRIDGE));
                await(() -> live.snapshot().channel("1.1") != null && BRIDGE.equals(live.snapshot().channel("1.1").bridgeId()));

                server.sessions().forEach(AmiSession::close);   // 1.1 hangs up while the client is away
                await(() -> resyncs.get() == 2 && !live.snapshot().stale());

                assertNull(live.snapshot().channel("1.1"));
                assertNull(live.snapshot().bridge(BRIDGE));
                assertEquals(0, live.snapshot().calls().size());
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
