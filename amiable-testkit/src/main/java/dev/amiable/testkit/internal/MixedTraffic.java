package dev.amiable.testkit.internal;

import dev.amiable.testkit.RandomTraffic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The engine behind {@link RandomTraffic}: a seeded choice among the steps the flows allow at
 * this moment ({@link LocalFlow}, {@link TransferFlow}, {@link RingAllFlow}, {@link ParkFlow},
 * ConfBridge through {@link PlaceFlow}), each run to completion under the {@link Pbx} lock.
 */
public final class MixedTraffic implements RandomTraffic {
    static final String QUEUE = "sim-sales";
    static final String CONFERENCE = "sim-conf";

    private final Pbx pbx;
    private final Random random;
    private final int maxCalls;
    private final StepOps ops;
    private final LocalFlow local;
    private final TransferFlow transfer;
    private final ParkFlow park;
    private final RingAllFlow queue;
    private final List<SimCall> calls = new ArrayList<>();
    private final PbxQueue q;
    private final List<Option> options = new ArrayList<>();

    private record Option(int weight, String what, Runnable run) {
    }

    /** Traffic of at most {@code maxCalls} calls at once; adds queue {@code sim-sales} with three members. */
    public MixedTraffic(Server server, long seed, int maxCalls) {
        this.pbx = server.pbx();
        this.random = new Random(seed);
        this.maxCalls = maxCalls;
        this.ops = new StepOps(pbx);
        this.local = new LocalFlow(ops);
        this.transfer = new TransferFlow(ops);
        this.park = new ParkFlow(ops);
        this.queue = new RingAllFlow(ops);
        synchronized (pbx) {
            this.q = pbx.queues.computeIfAbsent(QUEUE, n -> new PbxQueue(n, "ringall"));
            for (int i = 1; i <= 3; i++) {
                String iface = "Local/" + (60 + i) + "@" + RingAllFlow.AGENTS + "/n";
                if (!q.members.containsKey(iface)) {
                    PbxQueue.Member m = new PbxQueue.Member("Agent " + (60 + i), iface, "dynamic", 0);
                    q.members.put(iface, m);
                    pbx.calls.queues.memberEvent("QueueMemberAdded", q, m);
                }
            }
        }
    }

    @Override
    public String step() {
        synchronized (pbx) {
            options.clear();
            if (calls.size() < maxCalls) {
                add(3, "originate", this::originate);
            }
            add(1, "pause toggle", this::togglePause);
            for (SimCall sim : calls) {
                offer(sim);
            }
            int total = 0;
            for (Option o : options) {
                total += o.weight;
            }
            int pick = random.nextInt(total);
            for (Option o : options) {
                pick -= o.weight;
                if (pick < 0) {
                    o.run.run();
                    return o.what;
                }
            }
            throw new IllegalStateException("no step chosen");
        }
    }

    private void offer(SimCall sim) {
        String who = " " + sim.caller().name;
        switch (sim.stage) {
            case RINGING:
                add(3, "answer" + who, () -> answer(sim));
                break;
            case ANSWERED:
                add(3, "connect" + who, () -> local.connect(sim, exten(100), random.nextBoolean()));
                add(2, "queue" + who, () -> queue.join(sim, q));
                if (ParkFlow.spaceFree(pbx)) {
                    add(1, "park" + who, () -> park.park(sim));
                }
                add(1, "conference" + who, () -> conference(sim));
                break;
            case BRIDGED:
                add(1, "hold toggle" + who, () -> transfer.toggleHold(sim));
                if (TransferFlow.canTransfer(sim)) {
                    add(1, "blind transfer" + who, () -> transfer.blind(sim, exten(300)));
                    add(1, "attended transfer starts" + who, () -> transfer.consult(sim, exten(400)));
                }
                if (LocalFlow.canOptimise(sim)) {
                    add(2, "local optimisation" + who, () -> local.optimise(sim));
                }
                break;
            case CONSULTING:
                add(2, "attended transfer completes" + who, () -> transfer.complete(sim));
                break;
            case QUEUED:
                if (sim.rung.isEmpty() && q.available() > 0) {
                    add(2, "ring all" + who, () -> queue.ringAll(sim));
                }
                if (!sim.rung.isEmpty()) {
                    add(1, "no answer" + who, () -> queue.noAnswer(sim));
                    add(2, "agent answers" + who, () -> queue.answer(sim, random.nextInt(sim.rung.size())));
                }
                break;
            case PARKED:
                add(1, "unpark" + who, () -> park.unpark(sim, exten(700)));
                add(1, "park timeout" + who, () -> {
                    park.timeout(sim);
                    end(sim);
                });
                break;
            default:
                break;
        }
        add(sim.stage == SimCall.Stage.CONFERENCE ? 2 : 1, "hangup" + who, () -> end(sim));
    }

    private void add(int weight, String what, Runnable run) {
        options.add(new Option(weight, what, run));
    }

    private String exten(int base) {
        return Integer.toString(base + random.nextInt(90) + 1);
    }

    private void originate() {
        String exten = exten(200);
        Call call = new Call(new Call.Request("Local/" + exten + "@sim-callers", "sim-callers", exten, null, null,
                List.of(), null, true, null, 0, null));
        SimCall sim = new SimCall(call);
        PbxChannel[] pair = ops.localPair(sim, exten, "sim-callers", null);
        call.one = pair[0];
        call.two = pair[1];
        calls.add(sim);
        pbx.callsStarted.incrementAndGet();
    }

    private void answer(SimCall sim) {
        ops.app(sim.caller(), "Answer", "");
        ops.answer(new PbxChannel[] {sim.call.one, sim.call.two});
        sim.stage = SimCall.Stage.ANSWERED;
    }

    private void conference(SimCall sim) {
        pbx.calls.places.joinConference(sim.call, CONFERENCE);
        sim.stage = SimCall.Stage.CONFERENCE;
    }

    private void togglePause() {
        List<PbxQueue.Member> free = new ArrayList<>();
        for (PbxQueue.Member m : q.members.values()) {
            if (!m.ringing) {
                free.add(m);
            }
        }
        if (!free.isEmpty()) {
            queue.togglePause(q, free.get(random.nextInt(free.size())));
        }
    }

    /** Hangs the call up at whatever stage it is: leaves queue, lot or conference, bridges, then channels. */
    private void end(SimCall sim) {
        switch (sim.stage) {
            case QUEUED:
                queue.abandon(sim);
                break;
            case PARKED:
                park.giveUp(sim);
                break;
            case CONFERENCE:
                pbx.calls.places.leave(sim.call);
                break;
            default:
                break;
        }
        for (PbxBridge b : new ArrayList<>(sim.bridges)) {
            ops.destroy(sim, b);
        }
        if (sim.member != null) {
            queue.complete(sim);
        }
        List<PbxChannel> left = new ArrayList<>(sim.channels);
        for (int i = left.size() - 1; i >= 0; i--) {
            ops.hangup(sim, left.get(i), 16);
        }
        calls.remove(sim);
        pbx.callsCompleted.incrementAndGet();
    }

    @Override
    public List<String> steps(int n) {
        List<String> done = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            done.add(step());
        }
        return done;
    }

    @Override
    public int activeCalls() {
        synchronized (pbx) {
            return calls.size();
        }
    }

    @Override
    public void hangupAll() {
        synchronized (pbx) {
            for (SimCall sim : new ArrayList<>(calls)) {
                end(sim);
            }
        }
    }
}
