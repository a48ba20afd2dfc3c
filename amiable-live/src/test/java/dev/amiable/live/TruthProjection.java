package dev.amiable.live;

import dev.amiable.testkit.PbxTruth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The part of the PBX both the simulator's truth ({@link PbxTruth}) and the live model
 * ({@link PbxSnapshot}) describe, written as sorted text lines so that two equal states give equal
 * text and a difference reads as a diff: channels (Uniqueid, name, Linkedid, state, bridge, hold),
 * calls (Linkedid and channel Uniqueids), bridges (id, type, channels), queues (members with
 * paused/in-call/status, callers with position), parked calls (parkee, lot, space), conferences.
 * Hold is compared only on request: no list action reports it, so a model that resynced cannot
 * know which channels went on hold before it looked.
 */
final class TruthProjection {
    private TruthProjection() {
    }

    static String of(PbxTruth t, boolean hold) {
        List<String> lines = new ArrayList<>();
        for (PbxTruth.Channel c : t.channels()) {
            lines.add(channel(c.uniqueid(), c.name(), c.linkedid(), c.state(), c.bridgeId(), hold && c.onHold()));
        }
        Map<String, Set<String>> calls = new TreeMap<>();
        t.channels().forEach(c -> calls.computeIfAbsent(c.linkedid(), k -> new TreeSet<>()).add(c.uniqueid()));
        calls.forEach((linkedid, ids) -> lines.add(call(linkedid, ids)));
        for (PbxTruth.Bridge b : t.bridges()) {
            lines.add(bridge(b.id(), b.type(), b.channelIds()));
        }
        for (PbxTruth.Queue q : t.queues()) {
            for (PbxTruth.Member m : q.members()) {
                lines.add(member(q.name(), m.interfaceName(), m.paused(), m.inCall(), m.status()));
            }
            for (PbxTruth.Caller c : q.callers()) {
                lines.add(caller(q.name(), c.uniqueid(), c.position()));
            }
        }
        for (PbxTruth.ParkedCall p : t.parkedCalls()) {
            lines.add(parked(p.uniqueid(), p.lot(), p.space()));
        }
        for (PbxTruth.Conference f : t.conferences()) {
            lines.add(conference(f.name(), f.channelIds()));
        }
        return sorted(lines);
    }

    static String of(PbxSnapshot s, boolean hold) {
        List<String> lines = new ArrayList<>();
        for (LiveChannel c : s.channels()) {
            lines.add(channel(c.uniqueid(), c.name(), c.linkedid(), c.state().code(), c.bridgeId(),
                    hold && c.onHold()));
        }
        for (LiveCall call : s.calls()) {
            lines.add(call(call.linkedid(), call.channels().stream().map(LiveChannel::uniqueid).collect(Collectors.toSet())));
        }
        for (LiveBridge b : s.bridges()) {
            lines.add(bridge(b.id(), b.type(), b.channelIds()));
        }
        for (LiveQueue q : s.queues()) {
            for (LiveQueueMember m : q.members()) {
                lines.add(member(q.name(), m.interfaceName(), m.paused(), m.inCall(), m.status().code()));
            }
            for (LiveQueueCaller c : q.callers()) {
                lines.add(caller(q.name(), c.uniqueid(), c.position()));
            }
        }
        for (LiveParkedCall p : s.parkedCalls()) {
            lines.add(parked(p.uniqueid(), p.lot(), p.space()));
        }
        for (LiveConference f : s.conferences()) {
            lines.add(conference(f.name(), f.channelIds()));
        }
        return sorted(lines);
    }

    private static String channel(String id, String name, String linkedid, int state, String bridge, boolean hold) {
        return "channel " + id + " " + name + " linkedid=" + linkedid + " state=" + state + " bridge=" + bridge
                + (hold ? " on-hold" : "");
    }

    private static String call(String linkedid, Collection<String> ids) {
        return "call " + linkedid + " " + new TreeSet<>(ids);
    }

    private static String bridge(String id, String type, Collection<String> ids) {
        return "bridge " + id + " type=" + type + " " + new TreeSet<>(ids);
    }

    private static String member(String queue, String iface, boolean paused, boolean inCall, int status) {
        return "member " + queue + " " + iface + " paused=" + paused + " inCall=" + inCall + " status=" + status;
    }

    private static String caller(String queue, String id, int position) {
        return "caller " + queue + " " + position + " " + id;
    }

    private static String parked(String id, String lot, String space) {
        return "parked " + lot + " " + space + " " + id;
    }

    private static String conference(String name, Collection<String> ids) {
        return "conference " + name + " " + new TreeSet<>(ids);
    }

    private static String sorted(List<String> lines) {
        return lines.stream().sorted().collect(Collectors.joining("\n"));
    }
}
