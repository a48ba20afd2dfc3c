package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The building blocks {@link MixedTraffic}'s flows are made of: Local channel pairs, answers,
 * bridges, hang-ups, each with the events Asterisk 22 sends for it. Nothing here waits or
 * schedules: every call runs to completion under the {@link Pbx} lock.
 */
final class StepOps {
    final Pbx pbx;

    StepOps(Pbx pbx) {
        this.pbx = pbx;
    }

    /**
     * Creates {@code Local/<exten>@<context>-<seq>;1} (Down) and {@code ;2} (Ring) in {@code sim}'s
     * call: Newchannel ×2, LocalBridge. {@code linkedid} null makes ;1 the call's first channel.
     */
    PbxChannel[] localPair(SimCall sim, String exten, String context, String linkedid) {
        String base = "Local/" + exten + "@" + context + "-" + pbx.nextLocalSuffix();
        String u1 = pbx.nextUniqueid();
        String linked = linkedid == null ? u1 : linkedid;
        PbxChannel one = register(sim, new PbxChannel(base + ";1", u1, linked, 0, context, exten));
        PbxChannel two = register(sim, new PbxChannel(base + ";2", pbx.nextUniqueid(), linked, 4, context, exten));
        pbx.emitChannel("Newchannel", "call,all", one);
        pbx.emitChannel("Newchannel", "call,all", two);
        List<String> kv = new ArrayList<>();
        one.snapshot("LocalOne", kv);
        two.snapshot("LocalTwo", kv);
        kv.addAll(List.of("Context", context, "Exten", exten, "LocalOptimization", "Yes"));
        pbx.emit("LocalBridge", "call,all", kv);
        return new PbxChannel[] {one, two};
    }

    private PbxChannel register(SimCall sim, PbxChannel c) {
        c.call = sim.call;
        c.chanVarNames = pbx.config.channelVars();
        pbx.channels.put(c.name, c);
        sim.channels.add(c);
        return c;
    }

    /** Both halves of a pair go Up: Newstate ;2, then ;1. */
    void answer(PbxChannel[] pair) {
        state(pair[1], 6);
        state(pair[0], 6);
        pair[0].answeredMillis = System.currentTimeMillis();
    }

    void state(PbxChannel c, int state) {
        pbx.calls.setState(c, state);
    }

    /** The channel starts a dialplan application: Newexten. */
    void app(PbxChannel c, String app, String data) {
        c.application = app;
        c.appData = data;
        pbx.emitChannel("Newexten", "dialplan,all", c, "Extension", c.exten, "Application", app, "AppData", data);
    }

    /** Two-channel events (Dial*, Agent*): the first channel's snapshot, then the second's as {@code Dest}. */
    void pairEvent(String event, String privilege, PbxChannel c, PbxChannel dest, String... extra) {
        List<String> kv = new ArrayList<>(64);
        c.snapshot("", kv);
        dest.snapshot("Dest", kv);
        kv.addAll(List.of(extra));
        pbx.emit(event, privilege, kv);
    }

    /** {@code caller} dials {@code pair}, which answers: DialBegin, Newstate ×2, DialEnd ANSWER. */
    void dialAnswered(PbxChannel caller, PbxChannel[] pair) {
        pairEvent("DialBegin", "call,all", caller, pair[0], "DialString", pair[0].exten + "@" + pair[0].context);
        answer(pair);
        pairEvent("DialEnd", "call,all", caller, pair[0], "DialStatus", "ANSWER");
    }

    /** A new basic bridge owned by {@code sim}: BridgeCreate. */
    PbxBridge basicBridge(SimCall sim) {
        PbxBridge b = new PbxBridge(pbx.nextBridgeId(), "basic", "simple_bridge", "<unknown>", "<unknown>");
        pbx.bridges.put(b.id, b);
        sim.bridges.add(b);
        pbx.calls.queues.bridgeEvent("BridgeCreate", b, null);
        return b;
    }

    void enter(PbxBridge b, PbxChannel c, String... extra) {
        b.channels.add(c);
        c.bridgeId = b.id;
        List<String> kv = new ArrayList<>();
        b.snapshot(kv);
        c.snapshot("", kv);
        kv.addAll(List.of(extra));
        pbx.emit("BridgeEnter", "call,all", kv);
    }

    void leave(PbxBridge b, PbxChannel c) {
        b.channels.remove(c);
        c.bridgeId = "";
        pbx.calls.queues.bridgeEvent("BridgeLeave", b, c);
    }

    /** Every channel leaves, then BridgeDestroy. */
    void destroy(SimCall sim, PbxBridge b) {
        for (PbxChannel c : new ArrayList<>(b.channels)) {
            leave(b, c);
        }
        pbx.bridges.remove(b.id);
        sim.bridges.remove(b);
        pbx.calls.queues.bridgeEvent("BridgeDestroy", b, null);
    }

    /** Hangup of one channel of {@code sim}, if it is still up. */
    void hangup(SimCall sim, PbxChannel c, int cause) {
        sim.channels.remove(c);
        pbx.calls.hangupChannel(c, cause);
    }

    /** Hold or Unhold by {@code c}; its bridge peer {@code hears} music on hold start or stop. */
    void hold(PbxChannel c, PbxChannel hears, boolean on) {
        c.onHold = on;
        pbx.emitChannel(on ? "Hold" : "Unhold", "call,all", c, on ? new String[] {"MusicClass", "default"} : new String[0]);
        if (hears != null) {
            pbx.emitChannel(on ? "MusicOnHoldStart" : "MusicOnHoldStop", "call,all", hears,
                    on ? new String[] {"Class", "default"} : new String[0]);
        }
    }
}
