package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.internal.Folder;
import dev.amiable.live.internal.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 100,000 complete calls through the model leave every map empty and the heap where it was. The
 * events of 1,000 distinct calls are built once and played 100 times over (building events is
 * the slow part of this test, not folding them); each call ends before the next begins.
 */
class LeakTest {
    private static final int DISTINCT = 1_000;

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    @Test
    void hundredThousandCallsLeaveNothingBehind() {
        AtomicLong changes = new AtomicLong();
        Model model = new Model(c -> changes.incrementAndGet());
        Folder folder = new Folder(model);
        List<List<AmiEvent>> calls = new ArrayList<>(DISTINCT);
        for (long n = 0; n < DISTINCT; n++) {
            calls.add(SyntheticCalls.call(n));
        }
        for (List<AmiEvent> call : calls) { // warm-up: classes loaded, pools sized
            play(folder, model, call);
        }
        long before = usedAfterGc();
        int peakCalls = 0;
        for (int n = 0; n < 100_000; n++) {
            peakCalls = Math.max(peakCalls, play(folder, model, calls.get(n % DISTINCT)));
        }
        assertEquals(1, peakCalls, "each call was tracked while it lasted");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), model.sizes(), "channels, calls, bridges, parked, "
                + "conferences, unpaired Local halves, pending call rebuilds");
        PbxSnapshot s = model.snapshot();
        assertEquals(0, s.channels().size());
        assertEquals(0, s.calls().size());
        assertEquals(0, s.bridges().size());
        long growth = usedAfterGc() - before;
        assertTrue(growth < 5L * 1024 * 1024, "retained heap grew by " + growth + " bytes");
    }

    /** One call; returns how many calls the model held at the call's height. */
    private static int play(Folder folder, Model model, List<AmiEvent> call) {
        int calls = 0;
        for (AmiEvent e : call) {
            if (folder.fold(e)) {
                calls = Math.max(calls, model.publish().calls().size());
            }
        }
        return calls;
    }
}
