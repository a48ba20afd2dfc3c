package dev.amiable.cli;

import dev.amiable.live.LiveChange;
import dev.amiable.live.LiveQueue;
import dev.amiable.live.PbxSnapshot;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * {@code amiable demo}'s one-line summary, read from the live model: calls up now and ended so
 * far, callers waiting per queue, members busy and paused, parked calls, conference users. The
 * ended count comes from the model's call changes ({@link #accept}, on the model's thread); the
 * rest from a snapshot, on any thread.
 */
final class LiveSummary {
    private final AtomicLong ended = new AtomicLong();

    /** Counts a call the model saw end. */
    void accept(LiveChange change) {
        if (change instanceof LiveChange.CallChange c && c.removed()) {
            ended.incrementAndGet();
        }
    }

    /** {@code active calls 3, completed 12, waiting in queue 2 (support 2), agents busy 4 of 10, paused 0, parked 0, in conferences 0}. */
    String line(PbxSnapshot s) {
        int waiting = s.queues().stream().mapToInt(q -> q.callers().size()).sum();
        String perQueue = s.queues().stream().filter(q -> !q.callers().isEmpty())
                .sorted(Comparator.comparing(LiveQueue::name))
                .map(q -> q.name() + " " + q.callers().size()).collect(Collectors.joining(", "));
        long busy = s.queues().stream().mapToLong(q -> LiveBoard.count(q, LiveBoard.Load.BUSY)).sum();
        long paused = s.queues().stream().mapToLong(q -> LiveBoard.count(q, LiveBoard.Load.PAUSED)).sum();
        long members = s.queues().stream().mapToLong(q -> q.members().size()).sum();
        long conf = s.conferences().stream().mapToLong(f -> f.channelIds().size()).sum();
        return "active calls " + s.calls().size() + ", completed " + ended.get()
                + ", waiting in queue " + waiting + (perQueue.isEmpty() ? "" : " (" + perQueue + ")")
                + ", agents busy " + busy + " of " + members + ", paused " + paused
                + ", parked " + s.parkedCalls().size() + ", in conferences " + conf;
    }
}
