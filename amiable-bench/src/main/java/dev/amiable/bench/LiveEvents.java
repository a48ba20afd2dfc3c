package dev.amiable.bench;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.WireEvents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Events for the live-model benchmarks: the busy period, typed, and made-up calls. */
public final class LiveEvents {
    private LiveEvents() {
    }

    /** The capture's events as the client hands them to listeners (typed views over frames). */
    public static List<AmiEvent> busyPeriod() {
        List<AmiEvent> out = new ArrayList<>(Capture.BUSY_EVENT_COUNT);
        for (String frame : new String(Capture.BUSY_EVENTS, StandardCharsets.UTF_8).split("\r?\n\r?\n")) {
            List<String> kv = new ArrayList<>();
            for (String line : frame.strip().split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    kv.add(line.substring(0, colon));
                    kv.add(line.substring(colon + 1).strip());
                }
            }
            if (kv.size() >= 2 && kv.get(0).equals("Event")) {
                out.add(AmiEvent.of(kv.toArray(new String[0])));
            }
        }
        return out;
    }

    /**
     * The busy period's wire bytes cut into the batches {@code ends} gives (as from
     * {@link #batchEnds}): element {@code i} holds batch {@code i}'s event frames, byte for byte.
     */
    public static byte[][] busyBatchBytes(int[] ends) {
        byte[] all = Capture.BUSY_EVENTS;
        byte[][] out = new byte[ends.length][];
        int at = 0;
        int event = 0;
        for (int b = 0; b < ends.length; b++) {
            int from = at;
            for (; event < ends[b]; event++) {
                at = Capture.frameEnd(all, at);
            }
            out[b] = java.util.Arrays.copyOfRange(all, from, at);
        }
        if (at != all.length) {
            throw new IllegalStateException("batches end at byte " + at + " of " + all.length);
        }
        return out;
    }

    /**
     * Decodes wire bytes into events as the client's reader does (core's frame decoder and event
     * registry), appending them to {@code out}.
     */
    public static void decode(byte[] wire, List<AmiEvent> out) {
        WireEvents.decode(wire, out);
    }

    /** The most events the client's dispatcher delivers as one batch (one read's run). */
    public static final int MAX_BATCH = 256;

    /**
     * Where the batches of {@code events} end, as the client's reader would have cut them: an
     * event whose {@code Timestamp} is within 1 ms of the event before it joins that event's
     * batch (at most {@link #MAX_BATCH} per batch; the busy period makes 373 batches); element
     * {@code i} is the index just past batch {@code i}. An event without a timestamp joins the
     * batch before it.
     */
    public static int[] batchEnds(List<AmiEvent> events) {
        List<Integer> ends = new ArrayList<>();
        double prev = Double.NaN;
        int size = 0;
        for (int i = 0; i < events.size(); i++) {
            String ts = events.get(i).get("Timestamp");
            double t = ts == null ? prev : Double.parseDouble(ts);
            if (size > 0 && (size >= MAX_BATCH || t - prev >= 0.001)) {
                ends.add(i);
                size = 0;
            }
            prev = t;
            size++;
        }
        if (size > 0) {
            ends.add(events.size());
        }
        int[] out = new int[ends.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ends.get(i);
        }
        return out;
    }

    /** Busy-period events: its Newchannel events (452). */
    public static final int BUSY_NEWCHANNELS = 452;

    /** Busy-period events: all but its Newchannel events (11,428). */
    public static final int BUSY_OTHERS = 11_428;

    /**
     * The events of {@code events} named {@code name} ({@code keep}) or all the others
     * ({@code !keep}), in their order.
     */
    public static List<AmiEvent> named(List<AmiEvent> events, String name, boolean keep) {
        List<AmiEvent> out = new ArrayList<>();
        for (AmiEvent e : events) {
            if (e.name().equals(name) == keep) {
                out.add(e);
            }
        }
        return out;
    }

    /** The busy period's Newchannel events, checked against {@link #BUSY_NEWCHANNELS}. */
    public static List<AmiEvent> busyNewchannels() {
        return counted(named(busyPeriod(), "Newchannel", true), BUSY_NEWCHANNELS);
    }

    /** The busy period without its Newchannel events, checked against {@link #BUSY_OTHERS}. */
    public static List<AmiEvent> busyOthers() {
        return counted(named(busyPeriod(), "Newchannel", false), BUSY_OTHERS);
    }

    private static List<AmiEvent> counted(List<AmiEvent> events, int expected) {
        if (events.size() != expected) {
            throw new IllegalStateException(events.size() + " events, expected " + expected);
        }
        return events;
    }

    /**
     * The events that make call {@code n} exist and talk (and, with {@code end}, end): a Local
     * pair dialling a PJSIP phone, answered and bridged, as in the capture.
     */
    public static List<AmiEvent> call(long n, boolean end) {
        String one = "1700000000." + (3 * n);
        String two = "1700000000." + (3 * n + 1);
        String callee = "1700000000." + (3 * n + 2);
        String local = "Local/100@ami-test-" + String.format("%08x", n);
        String pjsip = "PJSIP/200-" + String.format("%08x", n);
        String bridge = "bridge-" + n;
        List<AmiEvent> out = new ArrayList<>(16);
        out.add(channel("Newchannel", local + ";1", one, one, 0));
        out.add(channel("Newchannel", local + ";2", two, one, 4));
        out.add(AmiEvent.of("Event", "LocalBridge", "LocalOneUniqueid", one, "LocalTwoUniqueid", two));
        out.add(channel("Newchannel", pjsip, callee, one, 0));
        out.add(channel("Newstate", pjsip, callee, one, 6));
        out.add(channel("Newstate", local + ";2", two, one, 6));
        out.add(channel("Newstate", local + ";1", one, one, 6));
        out.add(AmiEvent.of("Event", "BridgeCreate", "BridgeUniqueid", bridge, "BridgeType", "basic",
                "BridgeTechnology", "simple_bridge"));
        out.add(bridged("BridgeEnter", local + ";2", two, one, bridge));
        out.add(bridged("BridgeEnter", pjsip, callee, one, bridge));
        if (end) {
            out.add(bridged("BridgeLeave", pjsip, callee, one, bridge));
            out.add(bridged("BridgeLeave", local + ";2", two, one, bridge));
            out.add(AmiEvent.of("Event", "BridgeDestroy", "BridgeUniqueid", bridge));
            out.add(channel("Hangup", pjsip, callee, one, 6));
            out.add(channel("Hangup", local + ";2", two, one, 6));
            out.add(channel("Hangup", local + ";1", one, one, 6));
        }
        return out;
    }

    private static AmiEvent channel(String event, String name, String uid, String linkedid, int state, String... more) {
        List<String> kv = new ArrayList<>(List.of("Event", event, "Privilege", "call,all", "Channel", name,
                "ChannelState", Integer.toString(state), "CallerIDNum", "100", "CallerIDName", "<unknown>",
                "ConnectedLineNum", "<unknown>", "ConnectedLineName", "<unknown>", "Language", "en",
                "AccountCode", "", "Context", "ami-test", "Exten", "100", "Priority", "1", "Uniqueid", uid,
                "Linkedid", linkedid));
        kv.addAll(List.of(more));
        return AmiEvent.of(kv.toArray(new String[0]));
    }

    private static AmiEvent bridged(String event, String name, String uid, String linkedid, String bridge) {
        return channel(event, name, uid, linkedid, 6, "BridgeUniqueid", bridge, "BridgeType", "basic",
                "BridgeTechnology", "simple_bridge", "BridgeNumChannels", "1");
    }
}
