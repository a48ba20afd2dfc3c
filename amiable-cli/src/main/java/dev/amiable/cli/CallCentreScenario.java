package dev.amiable.cli;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A small call centre driven through {@link FakeAsterisk#emit}: callers arrive at a given rate
 * into two queues, wait for one of six agents (or give up), talk, and hang up. Events follow
 * Asterisk's order and headers (Newchannel, QueueCallerJoin, AgentCalled, AgentConnect,
 * QueueCallerLeave, AgentComplete, Hangup, QueueCallerAbandon). All state lives on one
 * scheduler thread; the first caller arrives at once.
 */
final class CallCentreScenario implements AutoCloseable {
    private static final String[] QUEUES = {"support", "sales"};
    private static final int AGENTS = 6;

    /** A channel's identity. */
    private record Chan(String name, String uniqueid, String linkedid, String num, String queue, long joined) {
    }

    private final FakeAsterisk fake;
    private final double rate;
    private final Random random;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "amiable-callcentre");
        t.setDaemon(true);
        return t;
    });
    private final List<Deque<Chan>> waiting = new ArrayList<>();
    private final boolean[] busy = new boolean[AGENTS];
    private long seq;

    CallCentreScenario(FakeAsterisk fake, double callsPerSecond, long seed) {
        this.fake = fake;
        this.rate = callsPerSecond;
        this.random = new Random(seed);
        for (int i = 0; i < QUEUES.length; i++) {
            waiting.add(new ArrayDeque<>());
        }
    }

    /** Starts the arrivals. */
    CallCentreScenario start() {
        timer.execute(this::arrive);
        return this;
    }

    private void arrive() {
        long n = ++seq;
        String uid = "1700000000." + n;
        int q = random.nextInt(QUEUES.length);
        Chan c = new Chan(String.format("PJSIP/trunk-%08x", n), uid, uid, "+3120555" + (1000 + random.nextInt(9000)),
                QUEUES[q], System.nanoTime());
        emit("Newchannel", "call,all", c, "ChannelState", "0", "ChannelStateDesc", "Down");
        emit("Newstate", "call,all", c, "ChannelState", "6", "ChannelStateDesc", "Up");
        waiting.get(q).addLast(c);
        emit("QueueCallerJoin", "agent,all", c, "Queue", c.queue, "Position", Integer.toString(waiting.get(q).size()),
                "Count", Integer.toString(waiting.get(q).size()));
        long patience = 4000 + random.nextInt(8000);
        timer.schedule(() -> abandon(q, c), patience, TimeUnit.MILLISECONDS);
        dispatch();
        long next = Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) / rate * 1000));
        timer.schedule(this::arrive, next, TimeUnit.MILLISECONDS);
    }

    private void dispatch() {
        for (int a = 0; a < AGENTS; a++) {
            if (busy[a]) {
                continue;
            }
            int q = longestWait();
            if (q < 0) {
                return;
            }
            Chan caller = waiting.get(q).pollFirst();
            busy[a] = true;
            connect(a, q, caller);
        }
    }

    private int longestWait() {
        int best = -1;
        for (int q = 0; q < QUEUES.length; q++) {
            Chan head = waiting.get(q).peekFirst();
            if (head != null && (best < 0 || head.joined < waiting.get(best).peekFirst().joined)) {
                best = q;
            }
        }
        return best;
    }

    private void connect(int a, int q, Chan caller) {
        long n = ++seq;
        String agent = "PJSIP/agent" + (a + 1);
        Chan ac = new Chan(String.format("%s-%08x", agent, n), "1700000000." + n, caller.linkedid, "10" + (a + 1),
                caller.queue, System.nanoTime());
        String hold = Long.toString((System.nanoTime() - caller.joined) / 1_000_000_000L);
        emit("Newchannel", "call,all", ac, "ChannelState", "0", "ChannelStateDesc", "Down");
        emit("AgentCalled", "agent,all", caller, dest(ac, "Queue", caller.queue, "MemberName", "Agent " + (a + 1),
                "Interface", agent));
        emit("Newstate", "call,all", ac, "ChannelState", "6", "ChannelStateDesc", "Up");
        emit("QueueCallerLeave", "agent,all", caller, "Queue", caller.queue,
                "Count", Integer.toString(waiting.get(q).size()), "Position", "1");
        emit("AgentConnect", "agent,all", caller, dest(ac, "Queue", caller.queue, "MemberName", "Agent " + (a + 1),
                "Interface", agent, "RingTime", "1", "HoldTime", hold));
        long talk = 2000 + random.nextInt(6000);
        timer.schedule(() -> complete(a, caller, ac, hold, talk), talk, TimeUnit.MILLISECONDS);
    }

    private void complete(int a, Chan caller, Chan ac, String hold, long talk) {
        boolean agentEnds = random.nextBoolean();
        emit("AgentComplete", "agent,all", caller, dest(ac, "Queue", caller.queue, "MemberName", "Agent " + (a + 1),
                "Interface", "PJSIP/agent" + (a + 1), "HoldTime", hold, "TalkTime", Long.toString(talk / 1000),
                "Reason", agentEnds ? "agent" : "caller"));
        hangup(agentEnds ? ac : caller);
        hangup(agentEnds ? caller : ac);
        busy[a] = false;
        dispatch();
    }

    private void abandon(int q, Chan c) {
        if (!waiting.get(q).remove(c)) {
            return;
        }
        String hold = Long.toString((System.nanoTime() - c.joined) / 1_000_000_000L);
        emit("QueueCallerAbandon", "agent,all", c, "Queue", c.queue, "Position", "1", "OriginalPosition", "1",
                "HoldTime", hold);
        emit("QueueCallerLeave", "agent,all", c, "Queue", c.queue, "Count", Integer.toString(waiting.get(q).size()),
                "Position", "1");
        hangup(c);
    }

    private void hangup(Chan c) {
        emit("Hangup", "call,all", c, "ChannelState", "6", "ChannelStateDesc", "Up", "Cause", "16",
                "Cause-txt", "Normal Clearing");
    }

    private String[] dest(Chan d, String... more) {
        List<String> kv = new ArrayList<>(List.of("DestChannel", d.name, "DestChannelState", "6",
                "DestChannelStateDesc", "Up", "DestCallerIDNum", d.num, "DestContext", "agents", "DestUniqueid",
                d.uniqueid, "DestLinkedid", d.linkedid));
        kv.addAll(List.of(more));
        return kv.toArray(new String[0]);
    }

    private void emit(String name, String privilege, Chan c, String... more) {
        List<String> kv = new ArrayList<>(List.of("Privilege", privilege, "Channel", c.name));
        boolean hasState = more.length > 0 && more[0].equals("ChannelState");
        if (!hasState) {
            kv.addAll(List.of("ChannelState", "6", "ChannelStateDesc", "Up"));
        }
        int i = 0;
        if (hasState) {
            kv.addAll(List.of(more[0], more[1], more[2], more[3]));
            i = 4;
        }
        kv.addAll(List.of("CallerIDNum", c.num, "CallerIDName", "<unknown>", "Context", "from-trunk", "Exten", "s",
                "Priority", "1", "Uniqueid", c.uniqueid, "Linkedid", c.linkedid));
        for (; i < more.length; i++) {
            kv.add(more[i]);
        }
        fake.emit(Message.event(name, kv.toArray(new String[0])));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
