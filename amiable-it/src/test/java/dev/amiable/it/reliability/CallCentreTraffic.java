package dev.amiable.it.reliability;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Message;
import java.util.ArrayDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Call-centre traffic at a fixed rate through {@link FakeAsterisk#emit}: each call is nine events
 * in Asterisk's order (Newchannel, Newstate, QueueCallerJoin; 0.5 s later AgentCalled,
 * AgentConnect, QueueCallerLeave, BridgeEnter; 2 s after that AgentComplete, Hangup). One
 * scheduler thread ticks every 10 ms and starts exactly as many calls as the rate asks for by
 * then, so the rate holds however late a tick runs.
 */
final class CallCentreTraffic implements AutoCloseable {
    static final int EVENTS_PER_CALL = 9;
    private static final long ANSWER_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long TALK_NANOS = TimeUnit.SECONDS.toNanos(2);

    private record Call(long n, long due) {
    }

    private final FakeAsterisk server;
    private final double callsPerSecond;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "soak-traffic");
        t.setDaemon(true);
        return t;
    });
    private final ArrayDeque<Call> waiting = new ArrayDeque<>();
    private final ArrayDeque<Call> talking = new ArrayDeque<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private long startNanos;
    private volatile boolean arrivals = true;

    CallCentreTraffic(FakeAsterisk server, double callsPerSecond) {
        this.server = server;
        this.callsPerSecond = callsPerSecond;
    }

    CallCentreTraffic start() {
        startNanos = System.nanoTime();
        timer.scheduleAtFixedRate(this::tick, 0, 10, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Stops new calls; calls in progress play out. */
    void stopArrivals() {
        arrivals = false;
    }

    /** Whether every started call has hung up. */
    boolean idle() {
        try {
            return timer.submit(() -> waiting.isEmpty() && talking.isEmpty()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long eventsEmitted() {
        return events.get();
    }

    long callsStarted() {
        return calls.get();
    }

    private void tick() {
        long now = System.nanoTime();
        if (arrivals) {
            long due = (long) ((now - startNanos) / 1e9 * callsPerSecond);
            while (calls.get() < due) {
                long n = calls.incrementAndGet();
                arrive(n);
                waiting.add(new Call(n, now + ANSWER_NANOS));
            }
        }
        while (!waiting.isEmpty() && waiting.peek().due() <= now) {
            Call c = waiting.poll();
            answer(c.n());
            talking.add(new Call(c.n(), now + TALK_NANOS));
        }
        while (!talking.isEmpty() && talking.peek().due() <= now) {
            hangup(talking.poll().n());
        }
    }

    private void arrive(long n) {
        String ch = chan(n);
        emit(Message.event("Newchannel", "Privilege", "call,all", "Channel", ch, "ChannelState", "0",
                "ChannelStateDesc", "Down", "CallerIDNum", "+3120555" + (n % 10000), "Uniqueid", uid(n), "Linkedid", uid(n)));
        emit(Message.event("Newstate", "Privilege", "call,all", "Channel", ch, "ChannelState", "6",
                "ChannelStateDesc", "Up", "Uniqueid", uid(n)));
        emit(Message.event("QueueCallerJoin", "Privilege", "agent,all", "Channel", ch, "Queue", queue(n),
                "Position", "1", "Count", "1", "Uniqueid", uid(n)));
    }

    private void answer(long n) {
        String ch = chan(n);
        String agent = "PJSIP/agent-" + (n % 20);
        emit(Message.event("AgentCalled", "Privilege", "agent,all", "Channel", ch, "Queue", queue(n),
                "MemberName", agent, "Interface", agent, "Uniqueid", uid(n)));
        emit(Message.event("AgentConnect", "Privilege", "agent,all", "Channel", ch, "Queue", queue(n),
                "MemberName", agent, "HoldTime", "1", "RingTime", "0", "Uniqueid", uid(n)));
        emit(Message.event("QueueCallerLeave", "Privilege", "agent,all", "Channel", ch, "Queue", queue(n),
                "Position", "1", "Count", "0", "Uniqueid", uid(n)));
        emit(Message.event("BridgeEnter", "Privilege", "call,all", "BridgeUniqueid", "br-" + n, "Channel", ch,
                "Uniqueid", uid(n)));
    }

    private void hangup(long n) {
        String ch = chan(n);
        emit(Message.event("AgentComplete", "Privilege", "agent,all", "Channel", ch, "Queue", queue(n),
                "TalkTime", "2", "Reason", "caller", "Uniqueid", uid(n)));
        emit(Message.event("Hangup", "Privilege", "call,all", "Channel", ch, "Cause", "16",
                "Cause-txt", "Normal Clearing", "Uniqueid", uid(n)));
    }

    private void emit(Message m) {
        server.emit(m);
        events.incrementAndGet();
    }

    private static String chan(long n) {
        return String.format("PJSIP/trunk-%08x", n);
    }

    private static String uid(long n) {
        return "1700000000." + n;
    }

    private static String queue(long n) {
        return (n & 1) == 0 ? "support" : "sales";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
