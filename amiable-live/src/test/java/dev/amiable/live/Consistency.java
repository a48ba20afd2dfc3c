package dev.amiable.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The invariants every snapshot must hold; {@link #problems} lists what breaks them. */
final class Consistency {
    private Consistency() {
    }

    static List<String> problems(PbxSnapshot s) {
        List<String> out = new ArrayList<>();
        Map<String, String> seatOf = new HashMap<>();
        for (LiveBridge b : s.bridges()) {
            for (String id : b.channelIds()) {
                LiveChannel c = s.channel(id);
                if (c == null) {
                    out.add("bridge " + b.id() + " holds missing channel " + id);
                } else if (!b.id().equals(c.bridgeId())) {
                    out.add("bridge " + b.id() + " holds " + id + " whose bridgeId is " + c.bridgeId());
                }
                String other = seatOf.put(id, b.id());
                if (other != null) {
                    out.add("channel " + id + " in two bridges: " + other + ", " + b.id());
                }
            }
        }
        int inCalls = 0;
        for (LiveCall call : s.calls()) {
            if (call.channels().isEmpty()) {
                out.add("call " + call.linkedid() + " without channels");
            }
            for (LiveChannel c : call.channels()) {
                inCalls++;
                if (!call.linkedid().equals(c.linkedid())) {
                    out.add("call " + call.linkedid() + " holds " + c.uniqueid() + " of " + c.linkedid());
                }
                if (s.channel(c.uniqueid()) != c) {
                    out.add("call " + call.linkedid() + " holds a stale copy of " + c.uniqueid());
                }
            }
        }
        for (LiveChannel c : s.channels()) {
            if (c.bridgeId() != null && (s.bridge(c.bridgeId()) == null
                    || !s.bridge(c.bridgeId()).channelIds().contains(c.uniqueid()))) {
                out.add("channel " + c.uniqueid() + " names bridge " + c.bridgeId() + " that does not hold it");
            }
            if (s.call(c.linkedid()) == null) {
                out.add("channel " + c.uniqueid() + " has no call " + c.linkedid());
            }
        }
        if (inCalls != s.channels().size()) {
            out.add(inCalls + " channels in calls, " + s.channels().size() + " channels");
        }
        return out;
    }
}
