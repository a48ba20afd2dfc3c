package dev.amiable.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.Registration;
import dev.amiable.event.AmiEvent;
import dev.amiable.live.LiveChange;
import dev.amiable.live.LiveChangeListener;
import dev.amiable.testkit.FakeAsterisk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A listener added, removed and added again within one of the client's batches: the objects it was handed
 * must never be written in place afterwards, although the batch goes on without listeners (the
 * engine renews the model's "unseen" token whenever listening starts or stops).
 */
class ListeningInBatchTest {
    private static AmiEvent varSet(String id, String name, String value) {
        return AmiEvent.of("Event", "VarSet", "Channel", "PJSIP/a-" + id, "ChannelState", "6",
                "Uniqueid", id, "Variable", name, "Value", value);
    }

    @Test
    void whatAListenerWasHandedStaysAsHandedWhenTheBatchGoesOnUnheard() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.builder().timeScale(0.01).build().start();
             AmiClient ami = AmiClient.connect(AmiOptions.builder().host("127.0.0.1").port(server.port())
                     .username("admin").secret("amp111").actionTimeout(Duration.ofSeconds(5)).build())) {
            Engine engine = Engine.attach(ami);
            engine.synced().get(10, TimeUnit.SECONDS);
            String id = "77.1";
            engine.foldInBatch(AmiEvent.of("Event", "Newchannel", "Channel", "PJSIP/a-" + id, "ChannelState", "6",
                    "Uniqueid", id, "Linkedid", id, "Context", "c", "Exten", "100", "Priority", "1"));
            Map<String, String> expected = new HashMap<>();
            for (int i = 0; i < 64; i++) { // enough variables for a trie several levels deep
                engine.foldInBatch(varSet(id, "V" + i, "a" + i));
                expected.put("V" + i, "a" + i);
            }
            List<LiveChange.ChannelChange> seen = new ArrayList<>();
            LiveChangeListener l = c -> {
                if (c instanceof LiveChange.ChannelChange cc) {
                    seen.add(cc);
                }
            };
            Registration r = engine.addChangeListener(l);
            // a change for the listener, delivered at the batch's end, sharing the variables made unseen
            engine.foldInBatch(AmiEvent.of("Event", "Newexten", "Channel", "PJSIP/a-" + id, "ChannelState", "6",
                    "Uniqueid", id, "Context", "c", "Exten", "100", "Priority", "2", "Application", "Wait"));
            r.close();
            for (int i = 0; i < 64; i++) { // same batch, nobody listening: every variable written again
                engine.foldInBatch(varSet(id, "V" + i, "c" + i));
            }
            engine.addChangeListener(l); // listening again before the batch ends: it gets the change above
            engine.batchEnd();

            assertEquals(1, seen.size(), "the change made while it listened first");
            assertEquals(2, seen.get(0).after().priority());
            assertEquals(expected, seen.get(0).before().variables(), "a change's before never changes");
            assertEquals(expected, seen.get(0).after().variables(), "a change's after never changes");
            assertEquals("c63", engine.snapshot().channel(id).variables().get("V63"));
            engine.close();
        }
    }
}
