package dev.amiable.testkit.internal;

import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * The list actions that describe what the simulated PBX holds beyond channels and queues: bridges
 * (BridgeList, BridgeInfo, CoreShowChannelMap, BridgeTechnologyList), device, extension and
 * presence states, parking lots, AgentPool agents and queue rules. Shapes are Asterisk 22's (see
 * {@code 03-list-actions.txt}: where the ActionID goes, completion fields). Runs under the
 * {@link Pbx} lock.
 */
final class PbxDirectory {
    /** Asterisk 22's bridge technologies: name, type, priority. */
    private static final String[][] TECHNOLOGIES = {
        {"native_rtp", "Native", "90"}, {"holding_bridge", "Holding", "50"},
        {"simple_bridge", "1to1Mix", "50"}, {"softmix", "MultiMix", "10"},
    };

    private final Pbx pbx;

    PbxDirectory(Pbx pbx) {
        this.pbx = pbx;
    }

    Reply bridgeList(RecordedAction a) {
        String type = a.get("BridgeType");
        List<Message> items = new ArrayList<>();
        for (PbxBridge b : pbx.bridges.values()) {
            if (type == null || type.isEmpty() || type.equalsIgnoreCase(b.type)) {
                List<String> kv = new ArrayList<>(List.of("Event", "BridgeListItem"));
                b.snapshot(kv);
                items.add(Message.of(kv.toArray(new String[0])));
            }
        }
        return ListReply.of("Bridge listing", "BridgeListComplete", items);
    }

    Reply bridgeInfo(RecordedAction a) {
        String id = a.get("BridgeUniqueid");
        if (id == null || id.isEmpty()) {
            return Reply.error("BridgeUniqueid must be provided");
        }
        PbxBridge b = pbx.bridges.get(id);
        if (b == null) {
            return Reply.error("Bridge " + id + " not found");
        }
        List<Message> items = new ArrayList<>();
        for (PbxChannel c : b.channels) {
            List<String> kv = new ArrayList<>(List.of("Event", "BridgeInfoChannel"));
            c.snapshot("", kv);
            items.add(Message.of(kv.toArray(new String[0])));
        }
        List<String> tail = new ArrayList<>();
        b.snapshot(tail);
        return list("Bridge channel listing", ListReply.complete("BridgeInfoComplete", items.size())
                .with(tail.toArray(new String[0])), items);
    }

    /** The channels a channel talks to through its bridge, following Local pairs to their other half. */
    Reply coreShowChannelMap(RecordedAction a) {
        String name = a.get("Channel");
        if (name == null || name.isEmpty()) {
            return Reply.error("Channel must be provided");
        }
        PbxChannel c = pbx.channel(name);
        if (c == null) {
            return Reply.error("Channel does not exist: " + name);
        }
        List<String> connected = new ArrayList<>();
        peers(c, connected);
        PbxChannel other = localPeer(c);
        if (other != null && !other.bridgeId.isEmpty()) {
            connected.add(other.name);
            peers(other, connected);
        }
        connected.remove(c.name);
        List<Message> items = new ArrayList<>();
        for (String peer : connected) {
            items.add(Message.event("CoreShowChannelMap", "Channel", c.name, "ConnectedChannel", peer));
        }
        return ListReply.of("Channel map", "CoreShowChannelMapComplete", items);
    }

    private void peers(PbxChannel c, List<String> out) {
        PbxBridge b = c.bridgeId.isEmpty() ? null : pbx.bridges.get(c.bridgeId);
        if (b != null) {
            b.channels.stream().map(p -> p.name).filter(n -> !out.contains(n)).forEach(out::add);
        }
    }

    private PbxChannel localPeer(PbxChannel c) {
        if (c.call == null || c.call.two == null) {
            return null;
        }
        return c == c.call.one ? c.call.two : c == c.call.two ? c.call.one : null;
    }

    Reply bridgeTechnologyList(RecordedAction a) {
        List<Message> items = new ArrayList<>();
        for (String[] t : TECHNOLOGIES) {
            items.add(PbxLists.idLast(Message.event("BridgeTechnologyListItem", "BridgeTechnology", t[0],
                    "BridgeType", t[1], "BridgePriority", t[2], "BridgeSuspended", "No"), a));
        }
        return ListReply.of("Bridge technology listing", "BridgeTechnologyListComplete", items);
    }

    Reply deviceStateList(RecordedAction a) {
        List<Message> items = new ArrayList<>();
        pbx.devices.forEach((device, state) ->
                items.add(Message.event("DeviceStateChange", "Device", device, "State", state)));
        return ListReply.of("Device State Changes", "DeviceStateListComplete", items);
    }

    /** No hints are configured in the simulated dialplan, so the list is empty (as is ExtensionStatus traffic). */
    Reply extensionStateList(RecordedAction a) {
        return ListReply.of("Extension Statuses", "ExtensionStateListComplete", List.of());
    }

    /** No presence providers exist in the simulated PBX: an empty list. */
    Reply presenceStateList(RecordedAction a) {
        return ListReply.of("Presence State Changes", "PresenceStateListComplete", List.of());
    }

    Reply parkinglots(RecordedAction a) {
        Message lot = Message.event("Parkinglot", "Name", "default",
                "StartSpace", Integer.toString(PlaceFlow.FIRST_SPACE), "StopSpace", Integer.toString(PlaceFlow.LAST_SPACE),
                "Timeout", Integer.toString(PlaceFlow.PARKING_TIMEOUT));
        return ListReply.of("Parking lots", "ParkinglotsComplete", List.of(lot));
    }

    /**
     * Queue members are Local channels, not chan_agent's AgentPool agents, so the simulated PBX has
     * none: an empty list, consistent with it never emitting AgentLogin.
     */
    Reply agents(RecordedAction a) {
        return ListReply.of("Agents", "AgentsComplete", List.of());
    }

    /**
     * No queue rules are defined ({@code queuerules.conf} empty): Asterisk answers a bare Success
     * followed by one extra blank line, which is written here byte for byte.
     */
    Reply queueRule(ServerSession s, RecordedAction a) {
        String id = a.actionId() == null ? "" : "ActionID: " + a.actionId() + "\r\n";
        s.writeRaw(("Response: Success\r\n" + id + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return Reply.none();
    }

    /** A list answer whose completion event carries more than the count. */
    static Reply list(String what, Message complete, List<Message> items) {
        Reply.Builder b = Reply.builder().response(ListReply.start(what));
        items.forEach(b::item);
        return b.item(complete).build();
    }
}
