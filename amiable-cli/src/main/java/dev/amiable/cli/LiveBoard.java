package dev.amiable.cli;

import dev.amiable.event.ChannelState;
import dev.amiable.event.QueueMemberStatus;
import dev.amiable.live.LiveCall;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.LiveConference;
import dev.amiable.live.LiveParkedCall;
import dev.amiable.live.LiveQueue;
import dev.amiable.live.LiveQueueCaller;
import dev.amiable.live.LiveQueueMember;
import dev.amiable.live.PbxSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code amiable top}'s screen, drawn from one {@link PbxSnapshot}: calls (parties, state,
 * duration), queues (waiting callers, longest wait, free/busy/paused members), parked calls and
 * conferences, each a plain {@link Table} under a title. Pure: same snapshot and clock, same text.
 */
final class LiveBoard {
    private LiveBoard() {
    }

    /** Prints every section; at most {@code limit} rows of calls. */
    static void print(PbxSnapshot s, Instant now, int limit, PrintWriter out) {
        List<LiveCall> calls = new ArrayList<>(s.calls());
        calls.sort(Comparator.comparing(LiveCall::started, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LiveCall::linkedid));
        out.println("Calls: " + calls.size() + (s.stale() ? "  (stale: reconnecting or resyncing)" : ""));
        Table t = new Table(List.of("Call", "State", "Duration", "Parties")).right(2);
        for (LiveCall c : calls.subList(0, Math.min(limit, calls.size()))) {
            t.row(c.linkedid(), c.answered() != null ? "up" : "ringing", duration(c.started(), now), parties(c));
        }
        t.print(out);
        if (calls.size() > limit) {
            out.println("... " + (calls.size() - limit) + " more");
        }
        out.println();
        out.println("Queues: " + s.queues().size());
        Table q = new Table(List.of("Queue", "Waiting", "Longest", "Free", "Busy", "Paused", "Members"))
                .right(1).right(2).right(3).right(4).right(5).right(6);
        s.queues().stream().sorted(Comparator.comparing(LiveQueue::name)).forEach(x -> q.row(x.name(),
                x.callers().size(), longest(x, now), count(x, Load.FREE), count(x, Load.BUSY), count(x, Load.PAUSED),
                x.members().size()));
        q.print(out);
        out.println();
        out.println("Parked: " + s.parkedCalls().size());
        Table p = new Table(List.of("Space", "Lot", "Channel", "Parked")).right(3);
        s.parkedCalls().stream().sorted(Comparator.comparing(LiveParkedCall::space))
                .forEach(x -> p.row(x.space(), x.lot(), x.channel(), duration(x.parkedAt(), now)));
        p.print(out);
        out.println();
        out.println("Conferences: " + s.conferences().size());
        Table f = new Table(List.of("Conference", "Users", "Channels")).right(1);
        s.conferences().stream().sorted(Comparator.comparing(LiveConference::name)).forEach(x -> f.row(x.name(),
                x.channelIds().size(), x.channelIds().stream().map(id -> name(s, id)).sorted()
                        .collect(Collectors.joining(", "))));
        f.print(out);
    }

    /** How a member is counted: paused first, then busy (in a call or ringing), else free. */
    enum Load { FREE, BUSY, PAUSED }

    static Load load(LiveQueueMember m) {
        if (m.paused()) {
            return Load.PAUSED;
        }
        QueueMemberStatus st = m.status();
        boolean free = !m.inCall() && (st == QueueMemberStatus.NOT_INUSE || st == QueueMemberStatus.UNKNOWN);
        return free ? Load.FREE : Load.BUSY;
    }

    static long count(LiveQueue q, Load load) {
        return q.members().stream().filter(m -> load(m) == load).count();
    }

    /** The real endpoints of a call, or its channels when all are Local halves; up ones first. */
    static String parties(LiveCall c) {
        List<LiveChannel> shown = c.parties().isEmpty() ? c.channels() : c.parties();
        return shown.stream().sorted(Comparator.comparing((LiveChannel ch) -> ch.state() != ChannelState.UP))
                .map(ch -> ch.name() + (ch.onHold() ? " (hold)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String longest(LiveQueue q, Instant now) {
        return q.callers().stream().map(LiveQueueCaller::waitStart).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).map(t -> duration(t, now)).orElse("-");
    }

    private static String name(PbxSnapshot s, String uniqueid) {
        LiveChannel c = s.channel(uniqueid);
        return c == null ? uniqueid : c.name();
    }

    /** {@code m:ss}, or {@code h:mm:ss} past an hour; {@code -} when unknown. */
    static String duration(Instant from, Instant now) {
        if (from == null) {
            return "-";
        }
        long s = Math.max(0, Duration.between(from, now).getSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
