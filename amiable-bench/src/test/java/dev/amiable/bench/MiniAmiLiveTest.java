package dev.amiable.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiEventListener;
import dev.amiable.AmiOptions;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.live.LivePbx;
import dev.amiable.live.PbxSnapshot;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What {@code SustainedStreamMain amiable-live} relies on: MiniAmi answers every list of the live
 * model's resync, so the model syncs with every part available, and the busy period, folded whole,
 * leaves no channel.
 */
class MiniAmiLiveTest {
    private static AmiClient connect(MiniAmi server) {
        return AmiClient.connect(AmiOptions.builder().host("127.0.0.1").port(server.port())
                .username("bench").secret("bench").build());
    }

    @Test
    void theLiveModelSyncsWithEveryPartAvailable() throws Exception {
        try (MiniAmi server = new MiniAmi(0); AmiClient client = connect(server);
                LivePbx live = LivePbx.attach(client)) {
            PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
            assertTrue(s.unavailable().isEmpty(), "unavailable: " + s.unavailable());
            assertFalse(s.stale());
            assertTrue(s.channels().isEmpty());
        }
    }

    @Test
    void theBusyPeriodFoldedWholeLeavesNoChannel() throws Exception {
        try (MiniAmi server = new MiniAmi(0); AmiClient client = connect(server);
                LivePbx live = LivePbx.attach(client)) {
            live.synced().get(10, TimeUnit.SECONDS);
            AtomicLong seen = new AtomicLong();
            CompletableFuture<Void> all = new CompletableFuture<>();
            // after the model's listener: at the end of the batch holding the last event, it has published
            client.addListener(new AmiEventListener<AmiEvent>() {
                @Override
                public void onEvent(AmiEvent e) {
                    seen.incrementAndGet();
                }

                @Override
                public void onBatchEnd() {
                    if (seen.get() >= Capture.BUSY_EVENT_COUNT) {
                        all.complete(null);
                    }
                }
            });
            client.send(GenericAction.builder("Burst").header("Times", "1").build());
            all.get(30, TimeUnit.SECONDS);
            PbxSnapshot s = live.snapshot();
            assertEquals(Capture.BUSY_EVENT_COUNT, seen.get());
            assertFalse(s.stale());
            assertTrue(s.eventCount() > 0);
            assertEquals(0, s.channels().size(), "channels left: " + s.channels());
        }
    }
}
