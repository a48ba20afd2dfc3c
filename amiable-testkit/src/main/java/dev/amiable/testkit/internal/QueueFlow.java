package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Queue calls as app_queue reports them: QueueCallerJoin; per member rung QueueMemberStatus,
 * AgentCalled, DialBegin; on answer DialEnd, QueueCallerLeave, BridgeCreate, BridgeEnter ×2,
 * AgentConnect; at the end BridgeLeave ×2, BridgeDestroy, AgentComplete. Members are rung one at a
 * time, round robin, and answer after {@link #RING_TIME} (scaled). Runs under the {@link Pbx} lock.
 */
final class QueueFlow {
    static final long RING_TIME = 500;

    private final Pbx pbx;
    private final CallFlow flow;

    QueueFlow(Pbx pbx, CallFlow flow) {
        this.pbx = pbx;
        this.flow = flow;
    }

    void join(Call call, PbxQueue q) {
        PbxChannel side = call.dialplanSide();
        call.queue = q;
        call.joinedMillis = System.currentTimeMillis();
        side.application = "Queue";
        side.appData = q.name;
        pbx.emitChannel("Newexten", "dialplan,all", side, "Extension", side.exten, "Application", "Queue",
                "AppData", q.name);
        q.callers.add(side);
        q.joined.put(side, call.joinedMillis);
        pbx.emitChannel("QueueCallerJoin", "agent,all", side, "Queue", q.name,
                "Position", Integer.toString(q.callers.size()), "Count", Integer.toString(q.callers.size()));
        dispatch(q);
    }

    /** Rings free members for waiting callers, oldest caller first. */
    void dispatch(PbxQueue q) {
        for (PbxChannel caller : new ArrayList<>(q.callers)) {
            Call call = caller.call;
            if (call.member != null || call.ended) {
                continue;
            }
            PbxQueue.Member m = q.nextAvailable();
            if (m == null) {
                return;
            }
            ring(call, q, m);
        }
    }

    private void ring(Call call, PbxQueue q, PbxQueue.Member m) {
        PbxChannel caller = call.dialplanSide();
        call.member = m;
        m.ringing = true;
        String iface = m.iface.replaceFirst("/n$", "");
        String agentExten = iface.substring(iface.indexOf('/') + 1, iface.contains("@") ? iface.indexOf('@') : iface.length());
        String agentContext = iface.contains("@") ? iface.substring(iface.indexOf('@') + 1) : "default";
        String base = iface + "-" + pbx.nextLocalSuffix();
        call.agentOne = agentChannel(call, base + ";1", 0, agentContext, caller.exten);
        call.agentTwo = agentChannel(call, base + ";2", 4, agentContext, agentExten);
        call.agentOne.callerIdNum = caller.exten;
        pbx.emitChannel("Newchannel", "call,all", call.agentOne);
        pbx.emitChannel("Newchannel", "call,all", call.agentTwo);
        memberStatus(q, m);
        pbx.emit("AgentCalled", "agent,all", pair(caller, call.agentOne,
                "Queue", q.name, "Interface", m.iface, "MemberName", m.name));
        pbx.emit("DialBegin", "call,all", pair(caller, call.agentOne, "DialString", m.iface.substring(m.iface.indexOf('/') + 1)));
        flow.setState(call.agentOne, 5);
        pbx.later(RING_TIME, () -> answered(call, q, m));
    }

    private PbxChannel agentChannel(Call call, String name, int state, String context, String exten) {
        PbxChannel c = new PbxChannel(name, pbx.nextUniqueid(), call.one.linkedid, state, context, exten);
        c.call = call;
        c.chanVarNames = pbx.config.channelVars();
        pbx.channels.put(name, c);
        return c;
    }

    private void answered(Call call, PbxQueue q, PbxQueue.Member m) {
        if (call.ended) {
            return;
        }
        PbxChannel caller = call.dialplanSide();
        flow.setState(call.agentTwo, 6);
        flow.setState(call.agentOne, 6);
        pbx.emit("DialEnd", "call,all", pair(caller, call.agentOne, "DialStatus", "ANSWER"));
        int position = q.callers.indexOf(caller) + 1;
        q.callers.remove(caller);
        long joined = q.joined.remove(caller);
        pbx.emitChannel("QueueCallerLeave", "agent,all", caller, "Queue", q.name,
                "Position", Integer.toString(position), "Count", Integer.toString(q.callers.size()));
        m.ringing = false;
        m.inCall = true;
        memberStatus(q, m);
        call.bridge = new PbxBridge(pbx.nextBridgeId(), "basic", "simple_bridge", "<unknown>", "<unknown>");
        pbx.bridges.put(call.bridge.id, call.bridge);
        bridgeEvent("BridgeCreate", call.bridge, null);
        enter(call.bridge, call.agentOne);
        enter(call.bridge, caller);
        call.agentAnswered = true;
        call.agentAnsweredMillis = System.currentTimeMillis();
        long hold = (call.agentAnsweredMillis - joined) / 1000;
        q.holdTimeTotal += hold;
        pbx.emit("AgentConnect", "agent,all", pair(caller, call.agentOne, "Queue", q.name, "Interface", m.iface,
                "MemberName", m.name, "HoldTime", Long.toString(hold), "RingTime", Long.toString(RING_TIME / 1000)));
        pbx.later(call.request.talkMillis(), () -> flow.hangup(call, 16));
    }

    /** The queue part of a hang-up: leaves the bridge and the queue, frees the member, hangs up the agent. */
    void leave(Call call, int cause) {
        PbxQueue q = call.queue;
        PbxChannel caller = call.dialplanSide();
        PbxQueue.Member m = call.member;
        if (call.agentAnswered) {
            leaveBridge(call.bridge, caller);
            leaveBridge(call.bridge, call.agentOne);
            pbx.bridges.remove(call.bridge.id);
            bridgeEvent("BridgeDestroy", call.bridge, null);
            long talk = (System.currentTimeMillis() - call.agentAnsweredMillis) / 1000;
            q.talkTimeTotal += talk;
            q.completed++;
            pbx.emit("AgentComplete", "agent,all", pair(caller, call.agentOne, "Queue", q.name, "Interface", m.iface,
                    "MemberName", m.name, "HoldTime", Long.toString(q.holdTime()), "TalkTime", Long.toString(talk),
                    "Reason", "caller"));
            m.inCall = false;
            m.callsTaken++;
            m.lastCall = System.currentTimeMillis() / 1000;
        } else {
            int position = q.callers.indexOf(caller) + 1;
            Long joined = q.joined.remove(caller);
            q.callers.remove(caller);
            q.abandoned++;
            String hold = Long.toString(joined == null ? 0 : (System.currentTimeMillis() - joined) / 1000);
            pbx.emitChannel("QueueCallerAbandon", "agent,all", caller, "Queue", q.name, "Position",
                    Integer.toString(position), "OriginalPosition", Integer.toString(position), "HoldTime", hold);
            pbx.emitChannel("QueueCallerLeave", "agent,all", caller, "Queue", q.name,
                    "Position", Integer.toString(position), "Count", Integer.toString(q.callers.size()));
            if (m != null) {
                m.ringing = false;
            }
        }
        if (m != null) {
            memberStatus(q, m);
            flow.hangupChannel(call.agentTwo, cause);
            flow.hangupChannel(call.agentOne, call.agentAnswered ? cause : 26);
        }
    }

    void memberStatus(PbxQueue q, PbxQueue.Member m) {
        memberEvent("QueueMemberStatus", q, m);
    }

    void memberEvent(String event, PbxQueue q, PbxQueue.Member m) {
        List<String> kv = new ArrayList<>(List.of("Queue", q.name));
        m.fields(kv, true);
        pbx.emit(event, "agent,all", kv);
    }

    private void enter(PbxBridge b, PbxChannel c) {
        b.channels.add(c);
        c.bridgeId = b.id;
        bridgeEvent("BridgeEnter", b, c);
    }

    private void leaveBridge(PbxBridge b, PbxChannel c) {
        b.channels.remove(c);
        c.bridgeId = "";
        bridgeEvent("BridgeLeave", b, c);
    }

    void bridgeEvent(String event, PbxBridge b, PbxChannel c) {
        List<String> kv = new ArrayList<>();
        b.snapshot(kv);
        if (c != null) {
            c.snapshot("", kv);
        }
        pbx.emit(event, "call,all", kv);
    }

    private static List<String> pair(PbxChannel c, PbxChannel dest, String... extra) {
        List<String> kv = new ArrayList<>(64);
        c.snapshot("", kv);
        dest.snapshot("Dest", kv);
        kv.addAll(List.of(extra));
        return kv;
    }
}
