package dev.amiable.bench;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.PbxSnapshot;
import dev.amiable.live.internal.Folder;
import dev.amiable.live.internal.Model;

/**
 * The heap the live model holds per tracked call: {@code n} calls (a Local pair and a PJSIP phone,
 * answered and bridged: three channels, one bridge, one call) are folded in, the events dropped,
 * and the heap measured after full collections, against the empty model. asterisk-java's side:
 * {@code livecmp.AjLiveMemoryMain}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.LiveMemoryMain [calls]}
 */
public final class LiveMemoryMain {
    private LiveMemoryMain() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Model model = new Model(c -> { });
        Folder folder = new Folder(model);
        long before = UsedHeap.afterGc();
        for (long i = 0; i < n; i++) {
            for (AmiEvent e : LiveEvents.call(i, false)) {
                folder.fold(e);
                model.publish();
            }
        }
        long after = UsedHeap.afterGc();
        PbxSnapshot s = model.snapshot();
        System.out.printf("%d calls, %d channels, %d bridges tracked: %.0f bytes per call (%.0f per channel)%n",
                s.calls().size(), s.channels().size(), s.bridges().size(), (after - before) / (double) n,
                (after - before) / (double) s.channels().size());
        if (s.calls().size() != n) {
            throw new IllegalStateException("expected " + n + " calls");
        }
    }
}
