package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Hold, blind transfer and attended transfer by the caller's partner, as Asterisk 22 reports
 * them. Attended: Hold, music on hold for the caller, a consultation pair T in a new bridge Z,
 * the partner moves from X to Z; on completion music stops, the partner leaves Z, BridgeMerge
 * (Z into X), T;1 moves to X, the partner's pair hangs up around AttendedTransfer, Z is
 * destroyed. Blind: BlindTransfer, both leave X, X is destroyed, the partner's side hangs up and
 * the caller runs the dialplan at the new extension. Runs under the {@link Pbx} lock.
 */
final class TransferFlow {
    private final StepOps ops;

    TransferFlow(StepOps ops) {
        this.ops = ops;
    }

    /** The partner puts the caller on hold, or takes it off. */
    void toggleHold(SimCall sim) {
        ops.hold(sim.partner, sim.caller(), !sim.partner.onHold);
    }

    /** Transfers need a partner that is no queue agent and has no forwarding pair. */
    static boolean canTransfer(SimCall sim) {
        return sim.stage == SimCall.Stage.BRIDGED && sim.member == null && sim.far == null;
    }

    /** BRIDGED → ANSWERED at {@code exten}: the partner sends the caller elsewhere and hangs up. */
    void blind(SimCall sim, String exten) {
        PbxChannel partner = sim.partner;
        PbxChannel caller = sim.caller();
        if (partner.onHold) {
            ops.hold(partner, caller, false);
        }
        List<String> kv = new ArrayList<>(List.of("Result", "Success"));
        partner.snapshot("Transferer", kv);
        caller.snapshot("Transferee", kv);
        sim.bridge.snapshot(kv);
        kv.addAll(List.of("IsExternal", "Yes", "Context", caller.context, "Extension", exten));
        ops.pbx.emit("BlindTransfer", "call,all", kv);
        ops.destroy(sim, sim.bridge);
        for (PbxChannel c : new ArrayList<>(sim.partnerSide)) {
            ops.hangup(sim, c, 16);
        }
        sim.partnerSide.clear();
        sim.partner = null;
        sim.bridge = null;
        caller.exten = exten;
        caller.priority = 1;
        ops.app(caller, "Wait", "60");
        sim.stage = SimCall.Stage.ANSWERED;
    }

    /** BRIDGED → CONSULTING: the partner holds the caller and talks to a new target in a new bridge. */
    void consult(SimCall sim, String exten) {
        PbxChannel partner = sim.partner;
        if (!partner.onHold) {
            ops.hold(partner, sim.caller(), true);
        }
        PbxChannel[] t = ops.localPair(sim, exten, LocalFlow.PEERS, sim.caller().linkedid);
        sim.target.add(t[0]);
        sim.target.add(t[1]);
        ops.state(t[1], 6);
        sim.consultBridge = ops.basicBridge(sim);
        ops.enter(sim.consultBridge, t[0]);
        ops.state(t[0], 6);
        ops.pairEvent("DialEnd", "call,all", partner, t[0], "DialStatus", "ANSWER");
        ops.app(t[1], "Wait", "60");
        ops.leave(sim.bridge, partner);
        ops.enter(sim.consultBridge, partner);
        sim.stage = SimCall.Stage.CONSULTING;
    }

    /** CONSULTING → BRIDGED with the target: the bridges merge and the partner's pair hangs up. */
    void complete(SimCall sim) {
        PbxChannel partner = sim.partner;
        PbxChannel caller = sim.caller();
        PbxChannel target = sim.target.get(0);
        PbxBridge z = sim.consultBridge;
        ops.pbx.emitChannel("MusicOnHoldStop", "call,all", caller);
        ops.leave(z, partner);
        List<String> kv = new ArrayList<>();
        prefixed("To", sim.bridge, kv);
        prefixed("From", z, kv);
        ops.pbx.emit("BridgeMerge", "call,all", kv);
        ops.leave(z, target);
        ops.enter(sim.bridge, target);
        PbxChannel partnerTwo = sim.partnerSide.size() > 1 ? sim.partnerSide.get(1) : null;
        if (partnerTwo != null) {
            ops.hangup(sim, partnerTwo, 16);
        }
        kv.clear();
        kv.add("Result");
        kv.add("Success");
        partner.snapshot("OrigTransferer", kv);
        prefixed("Orig", sim.bridge, kv);
        partner.snapshot("SecondTransferer", kv);
        prefixed("Second", z, kv);
        caller.snapshot("Transferee", kv);
        target.snapshot("TransferTarget", kv);
        kv.addAll(List.of("IsExternal", "No", "DestType", "Bridge", "DestBridgeUniqueid", sim.bridge.id));
        ops.pbx.emit("AttendedTransfer", "call,all", kv);
        ops.hangup(sim, partner, 16);
        ops.destroy(sim, z);
        for (PbxChannel c : sim.partnerSide) {
            ops.hangup(sim, c, 16);
        }
        sim.bridgedWith(target, sim.target);
        sim.target.clear();
        sim.consultBridge = null;
    }

    private static void prefixed(String prefix, PbxBridge b, List<String> kv) {
        List<String> plain = new ArrayList<>();
        b.snapshot(plain);
        for (int i = 0; i < plain.size(); i += 2) {
            kv.add(prefix + plain.get(i));
            kv.add(plain.get(i + 1));
        }
    }
}
