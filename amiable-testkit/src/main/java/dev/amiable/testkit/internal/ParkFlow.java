package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Parking in lot {@code default} as Asterisk 22 reports it: ParkedCall, the parkee enters the
 * lot's holding bridge (type {@code parking}, created on first use and kept, empty or not, as
 * Asterisk keeps it) and hears music on hold. It leaves by UnParkedCall (a retriever's pair picks it up into a new basic
 * bridge), ParkedCallTimeOut (then hangs up) or ParkedCallGiveUp (it hung up). Runs under the
 * {@link Pbx} lock.
 */
final class ParkFlow {
    private final StepOps ops;
    private PbxBridge lot;

    ParkFlow(StepOps ops) {
        this.ops = ops;
    }

    static boolean spaceFree(Pbx pbx) {
        return pbx.parked.size() <= PlaceFlow.LAST_SPACE - PlaceFlow.FIRST_SPACE;
    }

    /** ANSWERED → PARKED in the first free space. */
    void park(SimCall sim) {
        PbxChannel c = sim.caller();
        ops.app(c, "Park", "default");
        int space = PlaceFlow.FIRST_SPACE;
        while (ops.pbx.parked.containsKey(space)) {
            space++;
        }
        ops.pbx.parked.put(space, c);
        sim.space = space;
        event("ParkedCall", sim);
        if (lot == null) {
            lot = new PbxBridge(ops.pbx.nextBridgeId(), "parking", "holding_bridge", "<unknown>", "default");
            ops.pbx.bridges.put(lot.id, lot);
            ops.pbx.calls.queues.bridgeEvent("BridgeCreate", lot, null);
        }
        ops.enter(lot, c);
        ops.pbx.emitChannel("MusicOnHoldStart", "call,all", c, "Class", "default");
        sim.stage = SimCall.Stage.PARKED;
    }

    /** PARKED → BRIDGED with a retriever, a new call of its own (Linkedid of its ;1). */
    void unpark(SimCall sim, String exten) {
        PbxChannel c = sim.caller();
        PbxChannel[] r = ops.localPair(sim, exten, "sim-retrievers", null);
        ops.answer(r);
        ops.app(r[1], "ParkedCall", "default," + sim.space);
        ops.pbx.emitChannel("MusicOnHoldStop", "call,all", c);
        leaveLot(c);
        sim.bridge = ops.basicBridge(sim);
        ops.enter(sim.bridge, c);
        ops.enter(sim.bridge, r[1]);
        List<String> kv = new ArrayList<>();
        c.snapshot("Parkee", kv);
        r[1].snapshot("Retriever", kv);
        kv.addAll(tail(sim));
        ops.pbx.parked.remove(sim.space);
        ops.pbx.emit("UnParkedCall", "call,all", kv);
        sim.bridgedWith(r[1], List.of(r[1], r[0]));
    }

    /** The parking time ran out: ParkedCallTimeOut, out of the lot; the caller then hangs up. */
    void timeout(SimCall sim) {
        ops.pbx.parked.remove(sim.space);
        event("ParkedCallTimeOut", sim);
        ops.pbx.emitChannel("MusicOnHoldStop", "call,all", sim.caller());
        leaveLot(sim.caller());
        sim.stage = SimCall.Stage.ANSWERED;
    }

    /** The parked caller hung up: ParkedCallGiveUp, out of the lot (the hang-up follows). */
    void giveUp(SimCall sim) {
        ops.pbx.parked.remove(sim.space);
        event("ParkedCallGiveUp", sim);
        leaveLot(sim.caller());
        sim.stage = SimCall.Stage.ANSWERED;
    }

    private void leaveLot(PbxChannel c) {
        ops.leave(lot, c);
    }

    private void event(String name, SimCall sim) {
        List<String> kv = new ArrayList<>();
        sim.caller().snapshot("Parkee", kv);
        kv.addAll(tail(sim));
        ops.pbx.emit(name, "call,all", kv);
    }

    private List<String> tail(SimCall sim) {
        long secs = sim.caller().seconds();
        return List.of("ParkerDialString", sim.call.request.channel(), "Parkinglot", "default",
                "ParkingSpace", Integer.toString(sim.space),
                "ParkingTimeout", Long.toString(Math.max(0, PlaceFlow.PARKING_TIMEOUT - secs)),
                "ParkingDuration", Long.toString(secs));
    }
}
