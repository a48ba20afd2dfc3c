package dev.amiable.live;

import dev.amiable.event.AmiEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one complete call as Asterisk 22 reports it: a Local pair and a PJSIP callee,
 * dial, answer, a basic bridge, variables, hang-up of everything. Built from numbers so that a
 * test can play many distinct calls.
 */
final class SyntheticCalls {
    private SyntheticCalls() {
    }

    static List<AmiEvent> call(long n) {
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
        out.add(channel("VarSet", local + ";2", two, one, 4, "Variable", "DIALSTATUS", "Value", "ANSWER"));
        out.add(channel("Newstate", pjsip, callee, one, 6));
        out.add(channel("Newstate", local + ";2", two, one, 6));
        out.add(channel("Newstate", local + ";1", one, one, 6));
        out.add(AmiEvent.of("Event", "BridgeCreate", "BridgeUniqueid", bridge, "BridgeType", "basic",
                "BridgeTechnology", "simple_bridge"));
        out.add(bridged("BridgeEnter", local + ";2", two, one, bridge));
        out.add(bridged("BridgeEnter", pjsip, callee, one, bridge));
        out.add(bridged("BridgeLeave", pjsip, callee, one, bridge));
        out.add(bridged("BridgeLeave", local + ";2", two, one, bridge));
        out.add(AmiEvent.of("Event", "BridgeDestroy", "BridgeUniqueid", bridge, "BridgeType", "basic"));
        out.add(channel("Hangup", pjsip, callee, one, 6, "Cause", "16"));
        out.add(channel("Hangup", local + ";2", two, one, 6, "Cause", "16"));
        out.add(channel("Hangup", local + ";1", one, one, 6, "Cause", "16"));
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
