package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.action.OriginateAction;
import dev.amiable.event.ChannelState;
import dev.amiable.testkit.FakeAsterisk;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The contract of the issue, end to end against FakeAsterisk's simulated PBX. */
class LivePbxTest {

    @Test
    void syncsThenFollowsAnOriginatedCallUntilItEnds() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.builder().timeScale(0.01).build().start();
             AmiClient ami = Servers.connect(server);
             LivePbx live = LivePbx.attach(ami)) {
            PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
            assertTrue(s.synced());
            assertEquals(0, s.channels().size());
            List<LiveChange> changes = new CopyOnWriteArrayList<>();
            CountDownLatch ended = new CountDownLatch(1);
            live.addChangeListener(c -> {
                changes.add(c);
                if (c instanceof LiveChange.CallChange cc && cc.removed()) {
                    ended.countDown();
                }
            });
            OriginateOutcome o = live.originate(OriginateAction.builder().channel("Local/130@ami-test")
                    .application("Wait").data("100").build()).get(10, TimeUnit.SECONDS); // 1 s at this time scale
            assertEquals(OriginateResult.ANSWERED, o.result());
            assertNotNull(o.channel());
            assertEquals(ChannelState.UP, o.channel().state());
            assertEquals(4, o.reason());
            LiveCall call = live.snapshot().call(o.channel().linkedid());
            assertNotNull(call);
            assertEquals(2, call.channels().size());
            LiveChannel one = live.snapshot().channel(o.channel().uniqueid());
            assertNotNull(one.localPeer());
            assertEquals(one.uniqueid(), live.snapshot().channel(one.localPeer()).localPeer());
            assertTrue(ended.await(10, TimeUnit.SECONDS));
            assertEquals(0, live.snapshot().channels().size());
            assertEquals(0, live.snapshot().calls().size());
            assertTrue(changes.stream().anyMatch(c -> c instanceof LiveChange.ChannelChange cc && cc.added()));
            RecordedActions.assertOriginateAsync(server);
        }
    }

    @Test
    void failedOriginateReportsFailedWithoutChannel() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.builder().timeScale(0.01).build().start();
             AmiClient ami = Servers.connect(server);
             LivePbx live = LivePbx.attach(ami)) {
            live.synced().get(10, TimeUnit.SECONDS);
            OriginateOutcome o = live.originate(OriginateAction.builder().channel("Local/999@ami-test")
                    .application("Wait").data("1").build()).get(10, TimeUnit.SECONDS);
            assertEquals(OriginateResult.FAILED, o.result());
            assertNull(o.channel());
        }
    }

    @Test
    void anAnsweredOriginateCompletesOnlyOnceTheSnapshotHoldsItsChannelUp() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.builder().timeScale(0.01).build().start();
             AmiClient ami = Servers.connect(server);
             LivePbx live = LivePbx.attach(ami)) {
            live.synced().get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                // runs where the future completes, at that moment: the snapshot must already show it
                // (the call lasts 10 s of real time, so a late-running check still finds the channel)
                LiveChannel seen = live.originate(OriginateAction.builder().channel("Local/130@ami-test")
                                .application("Wait").data("1000").build())
                        .thenApply(o -> live.snapshot().channel(o.channel().uniqueid()))
                        .get(10, TimeUnit.SECONDS);
                assertNotNull(seen, "the answered channel is in the published snapshot");
                assertEquals(ChannelState.UP, seen.state());
            }
        }
    }
}
