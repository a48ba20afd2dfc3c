package dev.amiable.live;

import static dev.amiable.live.Scripts.channelEvent;
import static dev.amiable.live.Scripts.channelItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.event.ChannelState;
import dev.amiable.testkit.AmiSession;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link LiveTruthPropertyTest} (resync variant, seed 1): a channel the model knew as
 * Ring, answered while the client was away, then touched by an event during the resync (here a
 * Newexten that carries {@code ChannelState: 6}) must come out Up: the list says Up and so does
 * the event. The model keeps the state it had before the gap, because the touched channel keeps
 * what events made of it and Newexten (like BridgeEnter/Leave, Hold, VarSet) does not take the
 * state from the event's channel fields.
 */
class ResyncTouchedChannelTest {

    @Test
    void aChannelAnsweredDuringTheGapAndTouchedDuringTheResyncIsUp() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Scripts.emptyLists(server);
            AtomicInteger resyncs = new AtomicInteger();
            server.onAction("CoreShowChannels", (a, s) -> ListReply.of("CoreShowChannels",
                    "CoreShowChannelsComplete", resyncs.get() == 0 ? List.of()
                            : List.of(channelItem("1.1", "1.1", "PJSIP/100-00000001", 6, null))));
            Scripts.duringSecondResync(server, resyncs,
                    channelEvent("Newexten", "1.1", "1.1", "PJSIP/100-00000001", 6,
                            "Extension", "100", "Application", "Wait", "AppData", "10"));
            AmiClient ami = Scripts.fastReconnectingClient(server);
            try (ami; LivePbx live = LivePbx.attach(ami)) {
                live.synced().get(10, TimeUnit.SECONDS);
                server.emit(channelEvent("Newchannel", "1.1", "1.1", "PJSIP/100-00000001", 4));
                await(() -> live.snapshot().channel("1.1") != null);
                assertEquals(ChannelState.RING, live.snapshot().channel("1.1").state());

                server.sessions().forEach(AmiSession::close);   // answered while the client is away
                await(() -> resyncs.get() == 2 && !live.snapshot().stale());

                assertEquals("Wait", live.snapshot().channel("1.1").application());
                assertEquals(ChannelState.UP, live.snapshot().channel("1.1").state());
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
