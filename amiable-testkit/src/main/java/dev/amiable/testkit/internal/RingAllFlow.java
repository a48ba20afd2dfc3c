package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Queue calls with strategy ringall, as app_queue in Asterisk 22 reports them: QueueCallerJoin;
 * every free member rung at once (an agent Local pair each: Newchannel ×2, QueueMemberStatus
 * ringing, AgentCalled, DialBegin, Newstate Ringing); nobody answers (AgentRingNoAnswer,
 * DialEnd NOANSWER, the agent pairs hang up) or one does (the others are cancelled with cause
 * 26; DialEnd ANSWER, QueueCallerLeave, member in call, BridgeCreate, BridgeEnter ×2,
 * AgentConnect); member pause (QueueMemberPause); a caller who gives up (QueueCallerAbandon,
 * QueueCallerLeave). Runs under the {@link Pbx} lock.
 */
final class RingAllFlow {
    static final String AGENTS = "sim-agents";

    private final StepOps ops;

    RingAllFlow(StepOps ops) {
        this.ops = ops;
    }

    /** ANSWERED → QUEUED at the end of {@code q}. */
    void join(SimCall sim, PbxQueue q) {
        PbxChannel c = sim.caller();
        ops.app(c, "Queue", q.name);
        q.callers.add(c);
        q.joined.put(c, System.currentTimeMillis());
        sim.queue = q;
        ops.pbx.emitChannel("QueueCallerJoin", "agent,all", c, "Queue", q.name,
                "Position", Integer.toString(q.callers.size()), "Count", Integer.toString(q.callers.size()));
        sim.stage = SimCall.Stage.QUEUED;
    }

    /** Rings every member that is free now. */
    void ringAll(SimCall sim) {
        PbxChannel c = sim.caller();
        for (PbxQueue.Member m : sim.queue.members.values()) {
            if (!m.available()) {
                continue;
            }
            String iface = m.iface.replaceFirst("/n$", "");
            String exten = iface.substring(iface.indexOf('/') + 1, iface.indexOf('@'));
            PbxChannel[] agent = ops.localPair(sim, exten, AGENTS, c.linkedid);
            sim.rung.put(m, agent);
            m.ringing = true;
            ops.pbx.calls.queues.memberStatus(sim.queue, m);
            ops.pairEvent("AgentCalled", "agent,all", c, agent[0], "Queue", sim.queue.name, "Interface", m.iface,
                    "MemberName", m.name);
            ops.pairEvent("DialBegin", "call,all", c, agent[0], "DialString", exten + "@" + AGENTS + "/n");
            ops.state(agent[0], 5);
        }
    }

    /** The ring time runs out for every rung member. */
    void noAnswer(SimCall sim) {
        for (Map.Entry<PbxQueue.Member, PbxChannel[]> e : sim.rung.entrySet()) {
            PbxQueue.Member m = e.getKey();
            PbxChannel[] agent = e.getValue();
            ops.pairEvent("AgentRingNoAnswer", "agent,all", sim.caller(), agent[0], "Queue", sim.queue.name,
                    "Interface", m.iface, "MemberName", m.name, "RingTime", "15000");
            ops.pairEvent("DialEnd", "call,all", sim.caller(), agent[0], "DialStatus", "NOANSWER");
            drop(sim, m, agent, 19);
        }
        sim.rung.clear();
    }

    /** The {@code index}-th rung member answers; the others are cancelled. QUEUED → BRIDGED. */
    void answer(SimCall sim, int index) {
        PbxChannel c = sim.caller();
        PbxQueue q = sim.queue;
        List<PbxQueue.Member> rung = new ArrayList<>(sim.rung.keySet());
        PbxQueue.Member m = rung.get(index % rung.size());
        PbxChannel[] agent = sim.rung.remove(m);
        ops.state(agent[1], 6);
        ops.state(agent[0], 6);
        ops.pairEvent("DialEnd", "call,all", c, agent[0], "DialStatus", "ANSWER");
        cancelRung(sim);
        int position = q.callers.indexOf(c) + 1;
        q.callers.remove(c);
        q.joined.remove(c);
        ops.pbx.emitChannel("QueueCallerLeave", "agent,all", c, "Queue", q.name,
                "Position", Integer.toString(position), "Count", Integer.toString(q.callers.size()));
        m.ringing = false;
        m.inCall = true;
        ops.pbx.calls.queues.memberStatus(q, m);
        sim.bridge = ops.basicBridge(sim);
        ops.enter(sim.bridge, agent[0]);
        ops.enter(sim.bridge, c);
        ops.pairEvent("AgentConnect", "agent,all", c, agent[0], "Queue", q.name, "Interface", m.iface,
                "MemberName", m.name, "HoldTime", "0", "RingTime", "1");
        ops.app(agent[1], "Wait", "60");
        sim.member = m;
        sim.bridgedWith(agent[0], List.of(agent));
    }

    /** The waiting caller hangs up: rung members cancelled, QueueCallerAbandon, QueueCallerLeave. */
    void abandon(SimCall sim) {
        PbxChannel c = sim.caller();
        PbxQueue q = sim.queue;
        cancelRung(sim);
        int position = q.callers.indexOf(c) + 1;
        q.callers.remove(c);
        q.joined.remove(c);
        q.abandoned++;
        ops.pbx.emitChannel("QueueCallerAbandon", "agent,all", c, "Queue", q.name, "Position",
                Integer.toString(position), "OriginalPosition", Integer.toString(position), "HoldTime", "0");
        ops.pbx.emitChannel("QueueCallerLeave", "agent,all", c, "Queue", q.name,
                "Position", Integer.toString(position), "Count", Integer.toString(q.callers.size()));
        sim.stage = SimCall.Stage.ANSWERED;
    }

    /** The agent's side of a queue call that ends: AgentComplete, the member is free again. */
    void complete(SimCall sim) {
        PbxQueue.Member m = sim.member;
        ops.pairEvent("AgentComplete", "agent,all", sim.caller(), sim.partner, "Queue", sim.queue.name,
                "Interface", m.iface, "MemberName", m.name, "HoldTime", "0", "TalkTime", "1", "Reason", "caller");
        m.inCall = false;
        m.callsTaken++;
        m.lastCall = System.currentTimeMillis() / 1000;
        ops.pbx.calls.queues.memberStatus(sim.queue, m);
        sim.member = null;
    }

    /** Pauses or unpauses {@code m} in {@code q}. */
    void togglePause(PbxQueue q, PbxQueue.Member m) {
        m.paused = !m.paused;
        m.pausedReason = m.paused ? "lunch" : "";
        m.lastPause = System.currentTimeMillis() / 1000;
        ops.pbx.calls.queues.memberEvent("QueueMemberPause", q, m);
    }

    private void cancelRung(SimCall sim) {
        for (Map.Entry<PbxQueue.Member, PbxChannel[]> e : sim.rung.entrySet()) {
            ops.pairEvent("DialEnd", "call,all", sim.caller(), e.getValue()[0], "DialStatus", "CANCEL");
            drop(sim, e.getKey(), e.getValue(), 26);
        }
        sim.rung.clear();
    }

    private void drop(SimCall sim, PbxQueue.Member m, PbxChannel[] agent, int cause) {
        ops.hangup(sim, agent[1], cause);
        ops.hangup(sim, agent[0], cause);
        m.ringing = false;
        ops.pbx.calls.queues.memberStatus(sim.queue, m);
    }
}
