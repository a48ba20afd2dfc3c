package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.internal.Folder;
import dev.amiable.live.internal.Model;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded capture of a real Asterisk 22, folded event by event: after each event the
 * snapshot holds its invariants (no channel in two bridges, no bridge holding a missing channel,
 * no call without channels), and the busy period ends with no channel left.
 */
class CaptureReplayTest {

    static Stream<String> captures() {
        File dir = new File(Objects.requireNonNull(CaptureReplayTest.class.getResource("/captures")).getFile());
        return Stream.of(Objects.requireNonNull(dir.list())).filter(n -> n.endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("captures")
    void foldsEveryCaptureConsistently(String capture) {
        List<AmiEvent> events = CaptureEvents.load(capture);
        Model model = new Model(change -> { });
        Folder folder = new Folder(model);
        List<String> problems = new ArrayList<>();
        int maxChannels = 0;
        boolean linked = false;
        boolean parked = false;
        boolean conference = false;
        boolean queued = false;
        for (AmiEvent e : events) {
            if (folder.fold(e)) {
                PbxSnapshot s = model.publish();
                maxChannels = Math.max(maxChannels, s.channels().size());
                linked |= s.calls().stream().anyMatch(c -> !c.links().isEmpty());
                parked |= !s.parkedCalls().isEmpty();
                conference |= s.conferences().stream().anyMatch(c -> !c.users().isEmpty());
                queued |= s.queues().stream().anyMatch(q -> !q.callers().isEmpty());
                for (String p : Consistency.problems(s)) {
                    problems.add(e.name() + ": " + p);
                }
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
        PbxSnapshot end = model.snapshot();
        if (capture.startsWith("02-busy-period")) {
            assertTrue(maxChannels > 10, "the busy period had calls: " + maxChannels);
            assertEquals(0, end.channels().size(), () -> "left: " + end.channels());
            assertEquals(0, end.calls().size());
            // the parking lot's and the agent pool's holding bridges outlive their calls, empty
            assertEquals(0, end.bridges().stream().filter(b -> !b.channelIds().isEmpty()).count());
            assertTrue(end.bridges().stream().noneMatch(LiveBridge::isTalking), () -> "left: " + end.bridges());
            assertTrue(linked && parked && conference && queued, linked + " " + parked + " " + conference + " " + queued);
            assertEquals(0, end.parkedCalls().size(), () -> "left: " + end.parkedCalls());
            assertEquals(0, end.conferences().size(), () -> "left: " + end.conferences());
            assertEquals(0, end.queues().stream().mapToInt(q -> q.callers().size()).sum());
            assertTrue(end.queues().stream().anyMatch(q -> !q.members().isEmpty()));
        }
    }
}
