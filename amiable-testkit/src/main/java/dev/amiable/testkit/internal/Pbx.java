package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated PBX: channels, bridges, queues, a parking lot, conferences, globals and AstDB.
 * All state is guarded by this object's monitor; timed steps run on one daemon thread
 * ({@code fake-asterisk-pbx}). Events are emitted while the lock is held, so every session sees
 * them in one global order.
 */
public final class Pbx {
    final Server server;
    final PbxConfig config;
    final Map<String, PbxChannel> channels = new LinkedHashMap<>();
    final Map<String, PbxBridge> bridges = new LinkedHashMap<>();
    final Map<String, PbxQueue> queues = new LinkedHashMap<>();
    final Map<String, List<PbxChannel>> conferences = new LinkedHashMap<>();
    final Map<Integer, PbxChannel> parked = new LinkedHashMap<>();
    final Map<String, String> globals = new LinkedHashMap<>();
    final Map<String, String> db = new LinkedHashMap<>();
    /** Device states announced so far (DeviceStateChange), by device, in first-announced order. */
    final Map<String, String> devices = new LinkedHashMap<>();
    final CallFlow calls;
    private CallTrace trace;
    private final PbxActions actions;
    private final ScheduledThreadPoolExecutor timer;
    private final long idBase = System.currentTimeMillis() / 1000;
    private final AtomicLong idCounter = new AtomicLong();
    private long localCounter;
    private final Random uuidRandom = new Random(7);
    final AtomicLong callsStarted = new AtomicLong();
    final AtomicLong callsCompleted = new AtomicLong();

    Pbx(Server server, PbxConfig config) {
        this.server = server;
        this.config = config;
        config.queues().forEach((name, members) -> {
            PbxQueue q = new PbxQueue(name, "ringall");
            for (String iface : members) {
                q.members.put(iface, new PbxQueue.Member(memberName(iface), iface, "static", 0));
            }
            queues.put(name, q);
            members.forEach(iface -> devices.put("Queue:" + name + "_pause_" + iface, "NOT_INUSE"));
            devices.put("Queue:" + name + "_avail", members.isEmpty() ? "INUSE" : "NOT_INUSE");
        });
        config.conferences().values().forEach(c -> conferences.put(c, new ArrayList<>()));
        this.calls = new CallFlow(this);
        this.actions = new PbxActions(this);
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fake-asterisk-pbx");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    static String memberName(String iface) {
        int slash = iface.indexOf('/');
        int at = iface.indexOf('@');
        return "Agent " + (slash >= 0 && at > slash ? iface.substring(slash + 1, at) : iface);
    }

    /** The answer to a PBX action, or null when the action is not one of them. Session thread. */
    Reply handle(ServerSession s, RecordedAction a) {
        return actions.handle(s, a);
    }

    /** Runs {@code step} under the lock after {@code millis} simulated milliseconds. */
    void later(long millis, Runnable step) {
        if (server.isClosed()) {
            return;
        }
        long nanos = (long) (millis * 1_000_000L * config.timeScale());
        try {
            timer.schedule(() -> {
                synchronized (this) {
                    if (!server.isClosed()) {
                        step.run();
                    }
                }
            }, Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    /** Runs {@code step} under the lock every {@code periodMillis} real milliseconds until cancelled. */
    java.util.concurrent.ScheduledFuture<?> every(long periodMillis, Runnable step) {
        return timer.scheduleAtFixedRate(() -> {
            synchronized (this) {
                if (!server.isClosed()) {
                    step.run();
                }
            }
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    public long callsStarted() {
        return callsStarted.get();
    }

    public long callsCompleted() {
        return callsCompleted.get();
    }

    void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new unique id such as {@code 1795349769.38}. */
    String nextUniqueid() {
        return idBase + "." + idCounter.getAndIncrement();
    }

    /** The next Local channel sequence, as 8 hex digits. */
    String nextLocalSuffix() {
        return String.format("%08x", localCounter++);
    }

    UUID nextBridgeId() {
        return new UUID(uuidRandom.nextLong() & ~0xF000L | 0x4000L, uuidRandom.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
    }

    /** Emits an event with the given privilege class, built from alternating keys and values. */
    void emit(String event, String privilege, List<String> kv) {
        List<String> all = new ArrayList<>(kv.size() + 4);
        all.add("Event");
        all.add(event);
        all.add("Privilege");
        all.add(privilege);
        all.addAll(kv);
        Message m = Message.of(all.toArray(new String[0]));
        if (trace == null) {
            server.emit(m);
        } else {
            trace.around(event, kv, () -> server.emit(m));
        }
    }

    /** Switches on the detail of a real Asterisk around every call ({@link CallTrace}). Under the lock. */
    void traceCalls() {
        if (trace == null) {
            trace = new CallTrace(this);
        }
    }

    /** Emits an event whose fields are a channel snapshot followed by {@code extra}. */
    void emitChannel(String event, String privilege, PbxChannel c, String... extra) {
        List<String> kv = new ArrayList<>(32);
        c.snapshot("", kv);
        kv.addAll(List.of(extra));
        emit(event, privilege, kv);
    }

    /** Records a device's state and announces it with DeviceStateChange when it changed. Under the lock. */
    void device(String device, String state) {
        if (!state.equals(devices.put(device, state))) {
            emit("DeviceStateChange", "call,all", List.of("Device", device, "State", state));
        }
    }

    PbxChannel channel(String name) {
        return channels.get(name);
    }

    // ---- read-outs for Commands and counters ----

    synchronized List<String> channelLines() {
        List<String> out = new ArrayList<>();
        for (PbxChannel c : channels.values()) {
            String loc = c.exten + "@" + c.context + ":" + c.priority;
            String app = c.application.isEmpty() ? "(None)" : c.application + "(" + c.appData + ")";
            out.add(String.format("%-64s %-32s %-7s %s", c.name, loc, c.stateDesc(), app));
        }
        return out;
    }

    synchronized int channelCount() {
        return channels.size();
    }

    synchronized int activeCalls() {
        return (int) channels.values().stream().map(c -> c.call).filter(java.util.Objects::nonNull).distinct().count();
    }

    /** The PBX's own state, in one step under the lock. */
    public synchronized dev.amiable.testkit.PbxTruth truth() {
        return TruthView.of(this);
    }

    long callsProcessed() {
        return callsCompleted.get();
    }
}
