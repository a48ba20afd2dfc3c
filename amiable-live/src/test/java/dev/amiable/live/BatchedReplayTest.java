package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.internal.Folder;
import dev.amiable.live.internal.Model;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every capture folded in batches of random sizes (one publish per batch, calls rebuilt once per
 * batch while nobody listens) against the same capture published after every event: at each
 * batch's end both snapshots hold the same channels, calls, bridges, parked calls and
 * conferences.
 */
class BatchedReplayTest {

    static java.util.stream.Stream<String> captures() {
        return CaptureReplayTest.captures();
    }

    @ParameterizedTest
    @MethodSource("captures")
    void batchesPublishWhatEventByEventWouldHave(String capture) {
        List<AmiEvent> events = CaptureEvents.load(capture);
        for (int seed = 0; seed < 3; seed++) {
            Random r = new Random(seed);
            Model single = new Model(c -> { });
            Folder one = new Folder(single);
            Model batched = new Model(c -> { });
            Folder many = new Folder(batched);
            int i = 0;
            while (i < events.size()) {
                int end = Math.min(events.size(), i + 1 + r.nextInt(seed == 0 ? 256 : 16));
                for (; i < end; i++) {
                    if (one.fold(events.get(i))) {
                        single.publish();
                    }
                    if (many.fold(events.get(i))) {
                        batched.endEvent();
                    }
                }
                PbxSnapshot a = single.snapshot();
                PbxSnapshot b = batched.publish();
                String at = capture + " seed " + seed + " event " + i;
                assertEquals(Set.copyOf(a.channels()), Set.copyOf(b.channels()), at);
                assertEquals(calls(a), calls(b), at);
                assertEquals(Set.copyOf(a.bridges()), Set.copyOf(b.bridges()), at);
                assertEquals(Set.copyOf(a.parkedCalls()), Set.copyOf(b.parkedCalls()), at);
                assertEquals(Set.copyOf(a.conferences()), Set.copyOf(b.conferences()), at);
            }
        }
    }

    /** Calls compared by content: links as a set (their order may follow the bridges' order). */
    private static Set<List<Object>> calls(PbxSnapshot s) {
        Set<List<Object>> out = new HashSet<>();
        for (LiveCall c : s.calls()) {
            out.add(List.of(c.linkedid(), c.channels(), c.started(), String.valueOf(c.answered()), Set.copyOf(c.links())));
        }
        return out;
    }
}
