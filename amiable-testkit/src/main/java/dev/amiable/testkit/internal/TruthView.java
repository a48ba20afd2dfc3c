package dev.amiable.testkit.internal;

import dev.amiable.testkit.PbxTruth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Copies the simulated PBX's state into an immutable {@link PbxTruth}. Called under the {@link Pbx} lock. */
final class TruthView {
    private TruthView() {
    }

    static PbxTruth of(Pbx pbx) {
        List<PbxTruth.Channel> channels = new ArrayList<>();
        for (PbxChannel c : pbx.channels.values()) {
            channels.add(new PbxTruth.Channel(c.uniqueid, c.name, c.linkedid, c.state,
                    c.bridgeId.isEmpty() ? null : c.bridgeId, c.onHold));
        }
        List<PbxTruth.Bridge> bridges = new ArrayList<>();
        for (PbxBridge b : pbx.bridges.values()) {
            bridges.add(new PbxTruth.Bridge(b.id, b.type, b.technology, ids(b.channels)));
        }
        List<PbxTruth.Queue> queues = new ArrayList<>();
        for (PbxQueue q : pbx.queues.values()) {
            List<PbxTruth.Member> members = new ArrayList<>();
            for (PbxQueue.Member m : q.members.values()) {
                members.add(new PbxTruth.Member(m.iface, m.name, m.paused, m.inCall, m.status()));
            }
            List<PbxTruth.Caller> callers = new ArrayList<>();
            for (int i = 0; i < q.callers.size(); i++) {
                callers.add(new PbxTruth.Caller(q.callers.get(i).uniqueid, i + 1));
            }
            queues.add(new PbxTruth.Queue(q.name, members, callers));
        }
        List<PbxTruth.ParkedCall> parked = new ArrayList<>();
        for (Map.Entry<Integer, PbxChannel> e : pbx.parked.entrySet()) {
            parked.add(new PbxTruth.ParkedCall(e.getValue().uniqueid, Integer.toString(e.getKey()), "default"));
        }
        List<PbxTruth.Conference> conferences = new ArrayList<>();
        pbx.conferences.forEach((name, users) -> {
            if (!users.isEmpty()) {
                conferences.add(new PbxTruth.Conference(name, ids(users)));
            }
        });
        return new PbxTruth(channels, bridges, queues, parked, conferences);
    }

    private static Set<String> ids(List<PbxChannel> channels) {
        Set<String> ids = new LinkedHashSet<>();
        channels.forEach(c -> ids.add(c.uniqueid));
        return ids;
    }
}
