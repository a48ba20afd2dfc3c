package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.DeviceState;
import dev.amiable.live.LiveAgent;
import dev.amiable.live.LiveConference;
import dev.amiable.live.LiveConferenceUser;
import dev.amiable.live.LiveExtensionState;
import dev.amiable.live.LiveParkedCall;
import dev.amiable.live.LivePart;
import dev.amiable.live.LivePresenceState;
import dev.amiable.live.LiveQueue;
import dev.amiable.live.LiveQueueCaller;
import dev.amiable.live.LiveQueueMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link ResyncApply} for the parts other than channels and bridges: same rule, one map each. */
final class ResyncParts {
    private final Model m;

    ResyncParts(Model m) {
        this.m = m;
    }

    /** Writes one entry of a part. */
    private interface Setter<V> {
        void set(String key, V before, V after);
    }

    void apply(ListResults r, Touched t, Instant now) {
        if (r.usable(LivePart.QUEUES)) {
            reconcile(m.queues, queues(r.queues, t, now), t, -1, m::setQueue);
        }
        if (r.usable(LivePart.AGENTS)) {
            Map<String, LiveAgent> agents = new LinkedHashMap<>();
            for (AmiEvent e : r.agents) {
                String id = e.get("Agent");
                if (id != null) {
                    agents.put(id, new LiveAgent(id, Fields.text(e, "Name"), e.get("Status"),
                            Fields.text(e, "Uniqueid"), Fields.text(e, "DestUniqueid")));
                }
            }
            reconcile(m.agents, agents, t, Touched.AGENT, m::setAgent);
        }
        if (r.usable(LivePart.PARKING)) {
            Map<String, LiveParkedCall> parked = new LinkedHashMap<>();
            for (AmiEvent e : r.parked) {
                LiveParkedCall p = ParkConfFold.parkedCall(e, now);
                if (p != null) {
                    parked.put(p.uniqueid(), p);
                }
            }
            reconcile(m.parked, parked, t, Touched.PARKED, m::setParked);
        }
        if (r.usable(LivePart.CONFERENCES)) {
            reconcile(m.conferences, conferences(r, t), t, -1, m::setConference);
        }
        if (r.usable(LivePart.DEVICE_STATES)) {
            Map<String, DeviceState> devices = new LinkedHashMap<>();
            for (AmiEvent e : r.devices) {
                if (e.get("Device") != null) {
                    devices.put(e.get("Device"), DeviceState.of(e.get("State")));
                }
            }
            reconcile(m.devices, devices, t, Touched.DEVICE, m::setDevice);
        }
        if (r.usable(LivePart.EXTENSION_STATES)) {
            Map<String, LiveExtensionState> exts = new LinkedHashMap<>();
            for (AmiEvent e : r.extensions) {
                LiveExtensionState s = StateFold.extensionState(e);
                if (s != null) {
                    exts.put(s.key(), s);
                }
            }
            reconcile(m.extensions, exts, t, Touched.EXTENSION, m::setExtension);
        }
        if (r.usable(LivePart.PRESENCE_STATES)) {
            Map<String, LivePresenceState> ps = new LinkedHashMap<>();
            for (AmiEvent e : r.presences) {
                LivePresenceState s = StateFold.presenceState(e);
                if (s != null) {
                    ps.put(s.presentity(), s);
                }
            }
            reconcile(m.presences, ps, t, Touched.PRESENCE, m::setPresence);
        }
    }

    /** Queues as listed, keeping members and callers that events touched as the events left them. */
    private Map<String, LiveQueue> queues(List<AmiEvent> items, Touched t, Instant now) {
        Map<String, LiveQueue> out = new LinkedHashMap<>();
        Map<String, Map<String, LiveQueueMember>> members = new LinkedHashMap<>();
        Map<String, List<LiveQueueCaller>> callers = new LinkedHashMap<>();
        for (AmiEvent e : items) {
            String q = e.get("Queue");
            if (q == null) {
                continue;
            }
            members.computeIfAbsent(q, k -> new LinkedHashMap<>());
            callers.computeIfAbsent(q, k -> new ArrayList<>());
            switch (e.name()) {
                case "QueueParams" -> out.put(q, new LiveQueue(q, Fields.text(e, "Strategy"), Fields.intOr(e, "Max", -1),
                        Fields.intOr(e, "Holdtime", -1), Fields.intOr(e, "TalkTime", -1), Fields.intOr(e, "Completed", 0),
                        Fields.intOr(e, "Abandoned", 0), Fields.intOr(e, "ServiceLevel", -1), Fields.intOr(e, "Weight", -1),
                        List.of(), List.of()));
                case "QueueMember" -> {
                    String iface = e.get("Location") != null ? e.get("Location") : e.get("Interface");
                    if (iface != null && !t.has(Touched.MEMBER, q + '\0' + iface)) {
                        members.get(q).put(iface, QueueFold.member(e, q, iface, null));
                    }
                }
                case "QueueEntry" -> {
                    String uid = e.get("Uniqueid");
                    if (uid != null && !t.has(Touched.CALLER, uid)) {
                        callers.get(q).add(new LiveQueueCaller(q, uid, e.get("Channel"), Fields.intOr(e, "Position", 0),
                                Fields.text(e, "CallerIDNum"), Fields.text(e, "CallerIDName"), QueueFold.waitStart(e, now)));
                    }
                }
                default -> { }
            }
        }
        Set<String> names = new LinkedHashSet<>(out.keySet());
        m.queues.forEach((k, v) -> names.add(k));
        Map<String, LiveQueue> merged = new LinkedHashMap<>();
        for (String q : names) {
            LiveQueue listed = out.get(q);
            LiveQueue old = m.queues.get(q);
            Map<String, LiveQueueMember> ms = members.getOrDefault(q, new LinkedHashMap<>());
            List<LiveQueueCaller> cs = new ArrayList<>(callers.getOrDefault(q, List.of()));
            boolean touched = false;
            if (old != null) {
                for (LiveQueueMember x : old.members()) {
                    if (t.has(Touched.MEMBER, q + '\0' + x.interfaceName())) {
                        ms.put(x.interfaceName(), x);
                        touched = true;
                    }
                }
                for (LiveQueueCaller c : old.callers()) {
                    if (t.has(Touched.CALLER, c.uniqueid())) {
                        cs.add(c);
                        touched = true;
                    }
                }
            }
            if (listed == null && !touched) {
                continue;
            }
            LiveQueue base = listed != null ? listed : old;
            cs.sort((a, b) -> Integer.compare(a.position(), b.position()));
            renumber(cs);
            merged.put(q, new LiveQueue(q, base.strategy(), base.max(), base.holdTime(), base.talkTime(), base.completed(),
                    base.abandoned(), base.serviceLevel(), base.weight(), List.copyOf(ms.values()), List.copyOf(cs)));
        }
        return merged;
    }

    /**
     * Positions 1..n in list order: listed callers keep the list's order, but a caller that left
     * or joined after the list moved the others, as Asterisk does.
     */
    private static void renumber(List<LiveQueueCaller> cs) {
        for (int i = 0; i < cs.size(); i++) {
            LiveQueueCaller c = cs.get(i);
            if (c.position() != i + 1) {
                cs.set(i, new LiveQueueCaller(c.queue(), c.uniqueid(), c.channel(), i + 1, c.callerIdNum(),
                        c.callerIdName(), c.waitStart()));
            }
        }
    }

    private Map<String, LiveConference> conferences(ListResults r, Touched t) {
        Map<String, LiveConference> out = new LinkedHashMap<>();
        for (AmiEvent room : r.rooms) {
            String name = room.get("Conference");
            if (name == null || t.has(Touched.CONFERENCE, name)) {
                continue;
            }
            LiveConference c = new LiveConference(name, Fields.yes(room, "Locked"), Set.of(), List.of());
            for (AmiEvent u : r.conferenceUsers.getOrDefault(name, List.of())) {
                String uid = u.get("Uniqueid");
                if (uid != null && !t.has(Touched.MEMBER, name + '\0' + uid)) {
                    c = ParkConfFold.withUser(c, uid, new LiveConferenceUser(uid, u.get("Channel"), Fields.yes(u, "Admin"),
                            Fields.yes(u, "MarkedUser"), Fields.yes(u, "Muted"), Fields.yes(u, "Talking")));
                }
            }
            out.put(name, c);
        }
        Set<String> seen = new HashSet<>(out.keySet());
        m.conferences.forEach((name, old) -> {
            if (t.has(Touched.CONFERENCE, name)) {
                out.put(name, old);
                return;
            }
            LiveConference c = out.get(name);
            for (LiveConferenceUser u : old.users()) {
                if (t.has(Touched.MEMBER, name + '\0' + u.uniqueid())) {
                    c = ParkConfFold.withUser(c != null ? c : new LiveConference(name, old.locked(), Set.of(), List.of()),
                            u.uniqueid(), u);
                }
            }
            if (c != null) {
                out.put(name, c);
            }
        });
        out.keySet().removeIf(name -> !seen.contains(name) && out.get(name).users().isEmpty()
                && !t.has(Touched.CONFERENCE, name));
        return out;
    }

    /** Makes {@code current} equal to {@code listed}, except keys touched (kind -1: none are). */
    private static <V> void reconcile(PMap<String, V> current, Map<String, V> listed, Touched t, int kind, Setter<V> set) {
        for (Map.Entry<String, V> e : listed.entrySet()) {
            if (kind >= 0 && t.has(kind, e.getKey())) {
                continue;
            }
            V old = current.get(e.getKey());
            if (!e.getValue().equals(old)) {
                set.set(e.getKey(), old, e.getValue());
            }
        }
        List<String> gone = new ArrayList<>();
        current.forEach((k, v) -> {
            if (!listed.containsKey(k) && (kind < 0 || !t.has(kind, k))) {
                gone.add(k);
            }
        });
        for (String k : gone) {
            set.set(k, current.get(k), null);
        }
    }
}
