package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls that wait somewhere: the parking lot {@code default} (spaces 701–720; ParkedCall,
 * ParkedCallGiveUp) and ConfBridge conferences (ConfbridgeStart, ConfbridgeJoin,
 * ConfbridgeLeave, ConfbridgeEnd, with the conference's bridge). Runs under the {@link Pbx} lock.
 */
final class PlaceFlow {
    static final int FIRST_SPACE = 701;
    static final int LAST_SPACE = 720;
    static final int PARKING_TIMEOUT = 45;

    private final Pbx pbx;
    private final CallFlow flow;
    private final java.util.Map<String, PbxBridge> confBridges = new java.util.HashMap<>();

    PlaceFlow(Pbx pbx, CallFlow flow) {
        this.pbx = pbx;
        this.flow = flow;
    }

    void park(Call call) {
        PbxChannel c = call.dialplanSide();
        c.application = "Park";
        c.appData = "";
        pbx.emitChannel("Newexten", "dialplan,all", c, "Extension", c.exten, "Application", "Park", "AppData", "");
        for (int space = FIRST_SPACE; space <= LAST_SPACE; space++) {
            if (!pbx.parked.containsKey(space)) {
                pbx.parked.put(space, c);
                call.parkingSpace = space;
                pbx.emit("ParkedCall", "call,all", parkedFields(call, space, true));
                return;
            }
        }
    }

    /** The fields of a ParkedCall item or event for the call parked in {@code space}. */
    List<String> parkedFields(Call call, int space, boolean event) {
        PbxChannel c = call.dialplanSide();
        List<String> kv = new ArrayList<>();
        c.snapshot("Parkee", kv);
        kv.addAll(List.of("ParkerDialString", call.request.channel().replaceFirst("/n$", ""),
                "Parkinglot", "default", "ParkingSpace", Integer.toString(space),
                "ParkingTimeout", Long.toString(Math.max(0, PARKING_TIMEOUT - c.seconds())),
                "ParkingDuration", Long.toString(c.seconds())));
        return kv;
    }

    void joinConference(Call call, String name) {
        PbxChannel c = call.dialplanSide();
        c.application = "ConfBridge";
        c.appData = name;
        pbx.emitChannel("Newexten", "dialplan,all", c, "Extension", c.exten, "Application", "ConfBridge", "AppData", name);
        List<PbxChannel> members = pbx.conferences.computeIfAbsent(name, k -> new ArrayList<>());
        PbxBridge b = confBridges.get(name);
        if (b == null) {
            b = new PbxBridge(pbx.nextBridgeId(), "base", "softmix", "ConfBridge", name);
            confBridges.put(name, b);
            pbx.bridges.put(b.id, b);
            flow.queues.bridgeEvent("BridgeCreate", b, null);
            confEvent("ConfbridgeStart", name, b, null);
        }
        members.add(c);
        b.channels.add(c);
        c.bridgeId = b.id;
        flow.queues.bridgeEvent("BridgeEnter", b, c);
        confEvent("ConfbridgeJoin", name, b, c, "Admin", "No", "Muted", "No");
        call.conference = name;
    }

    /** Leaves the parking lot or conference, if the call is in one. */
    void leave(Call call) {
        if (call.parkingSpace != null) {
            pbx.parked.remove(call.parkingSpace);
            pbx.emit("ParkedCallGiveUp", "call,all", parkedFields(call, call.parkingSpace, true));
            call.parkingSpace = null;
        }
        if (call.conference != null) {
            String name = call.conference;
            PbxChannel c = call.dialplanSide();
            PbxBridge b = confBridges.get(name);
            pbx.conferences.get(name).remove(c);
            b.channels.remove(c);
            c.bridgeId = "";
            confEvent("ConfbridgeLeave", name, b, c, "Admin", "No");
            flow.queues.bridgeEvent("BridgeLeave", b, c);
            if (b.channels.isEmpty()) {
                confEvent("ConfbridgeEnd", name, b, null);
                confBridges.remove(name);
                pbx.bridges.remove(b.id);
                flow.queues.bridgeEvent("BridgeDestroy", b, null);
            }
            call.conference = null;
        }
    }

    private void confEvent(String event, String name, PbxBridge b, PbxChannel c, String... extra) {
        List<String> kv = new ArrayList<>(List.of("Conference", name));
        b.snapshot(kv);
        if (c != null) {
            c.snapshot("", kv);
        }
        kv.addAll(List.of(extra));
        pbx.emit(event, "call,all", kv);
    }
}
