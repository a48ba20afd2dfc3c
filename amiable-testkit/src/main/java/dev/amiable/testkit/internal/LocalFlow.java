package dev.amiable.testkit.internal;

/**
 * Calls between Local channels and their optimisation, as Asterisk 22 reports them. The caller
 * dials a peer pair P (bridge X: P;1 with the caller); P may forward to a pair F (bridge Y: F;1
 * with P;2). Optimising P takes it out of the path: LocalOptimizationBegin, F;1 leaves Y, P;1
 * leaves X, F;1 enters X with {@code SwapUniqueid}, LocalOptimizationEnd, P;1 hangs up, P;2
 * leaves Y, Y is destroyed, P;2 hangs up. Runs under the {@link Pbx} lock.
 */
final class LocalFlow {
    static final String PEERS = "sim-peers";

    private final StepOps ops;
    private int optimisations;

    LocalFlow(StepOps ops) {
        this.ops = ops;
    }

    /** ANSWERED → BRIDGED: the caller talks to a new peer, through a forwarding pair when {@code forward}. */
    void connect(SimCall sim, String exten, boolean forward) {
        PbxChannel caller = sim.caller();
        ops.app(caller, "Dial", "Local/" + exten + "@" + PEERS);
        PbxChannel[] peer = ops.localPair(sim, exten, PEERS, caller.linkedid);
        ops.dialAnswered(caller, peer);
        sim.bridge = ops.basicBridge(sim);
        ops.enter(sim.bridge, peer[0]);
        ops.enter(sim.bridge, caller);
        sim.bridgedWith(peer[0], java.util.List.of(peer));
        if (forward) {
            String next = Integer.toString(Integer.parseInt(exten) + 1);
            ops.app(peer[1], "Dial", "Local/" + next + "@" + PEERS);
            PbxChannel[] far = ops.localPair(sim, next, PEERS, caller.linkedid);
            ops.dialAnswered(peer[1], far);
            sim.farBridge = ops.basicBridge(sim);
            ops.enter(sim.farBridge, far[0]);
            ops.enter(sim.farBridge, peer[1]);
            ops.app(far[1], "Wait", "60");
            sim.far = far[0];
            sim.partnerSide.add(far[0]);
            sim.partnerSide.add(far[1]);
        } else {
            ops.app(peer[1], "Wait", "60");
        }
    }

    /** Whether {@link #optimise} applies: the partner's pair forwards and nobody is on hold. */
    static boolean canOptimise(SimCall sim) {
        return sim.stage == SimCall.Stage.BRIDGED && sim.far != null && !sim.partner.onHold;
    }

    /** The partner's Local pair goes away; the far pair's ;1 takes its place in the caller's bridge. */
    void optimise(SimCall sim) {
        PbxChannel one = sim.partner;
        PbxChannel two = sim.partnerSide.get(1);
        PbxChannel source = sim.far;
        String id = Integer.toString(optimisations++);
        java.util.List<String> kv = new java.util.ArrayList<>();
        one.snapshot("LocalOne", kv);
        two.snapshot("LocalTwo", kv);
        source.snapshot("Source", kv);
        kv.addAll(java.util.List.of("DestUniqueId", two.uniqueid, "Id", id));
        ops.pbx.emit("LocalOptimizationBegin", "call,all", kv);
        ops.leave(sim.farBridge, source);
        ops.leave(sim.bridge, one);
        ops.enter(sim.bridge, source, "SwapUniqueid", one.uniqueid);
        kv.clear();
        one.snapshot("LocalOne", kv);
        two.snapshot("LocalTwo", kv);
        kv.addAll(java.util.List.of("Success", "Yes", "Id", id));
        ops.pbx.emit("LocalOptimizationEnd", "call,all", kv);
        ops.hangup(sim, one, 16);
        ops.destroy(sim, sim.farBridge);
        ops.hangup(sim, two, 16);
        sim.partnerSide.remove(one);
        sim.partnerSide.remove(two);
        sim.partner = source;
        sim.far = null;
        sim.farBridge = null;
    }
}
