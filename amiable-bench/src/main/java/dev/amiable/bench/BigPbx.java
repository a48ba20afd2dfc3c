package dev.amiable.bench;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PBX both live models resync from in the benchmarks: FakeAsterisk listing 10,000 channels in
 * 5,000 answered calls and 10 queues of 20 members, every other list empty. The channels are
 * answered to {@code CoreShowChannels} (Amiable's list) and to {@code Status} (asterisk-java's),
 * item for item the same channels; {@code Getvar} is answered with an empty value, as Asterisk does
 * for a variable that is not set. {@link #start(boolean) Bridged}, each call's two channels are in a
 * bridge of their own (5,000 bridges), listed by {@code BridgeList} and, one bridge per action,
 * by {@code BridgeInfo}; otherwise there is no bridge. It keeps no received action (only counts
 * them), so its heap stays the same however many resyncs it answers.
 */
public final class BigPbx {
    public static final int CALLS = 5_000;
    public static final int CHANNELS = 2 * CALLS;
    public static final int QUEUES = 10;
    public static final int MEMBERS_PER_QUEUE = 20;

    private static final Map<String, String> EMPTY_LISTS = Map.of(
            "Agents", "AgentsComplete", "ParkedCalls", "ParkedCallsComplete",
            "ConfbridgeListRooms", "ConfbridgeListRoomsComplete", "DeviceStateList", "DeviceStateListComplete",
            "ExtensionStateList", "ExtensionStateListComplete", "PresenceStateList", "PresenceStateListComplete");

    private BigPbx() {
    }

    /** A started FakeAsterisk (user {@code admin}/{@code amp111}) answering as described above, without bridges. */
    public static FakeAsterisk start() {
        return start(false);
    }

    /**
     * A started FakeAsterisk (user {@code admin}/{@code amp111}) answering as described above;
     * {@code bridged}, every call is in a bridge of its own.
     */
    public static FakeAsterisk start(boolean bridged) {
        // actions are counted, not kept: a benchmark sends hundreds of thousands of them
        FakeAsterisk server = FakeAsterisk.builder().recordActions(false).build().start();
        List<Message> coreShow = new ArrayList<>(CHANNELS);
        List<Message> status = new ArrayList<>(CHANNELS);
        List<Message> bridges = new ArrayList<>(bridged ? CALLS : 0);
        Map<String, Reply> bridgeInfo = new HashMap<>();
        for (int call = 0; call < CALLS; call++) {
            String linkedid = "1700000000." + (2 * call);
            String bridgeId = bridged ? "b0000000-0000-4000-8000-" + String.format("%012d", call) : "";
            String[] bridge = {"BridgeUniqueid", bridgeId, "BridgeType", "basic", "BridgeTechnology", "simple_bridge",
                "BridgeCreator", "<unknown>", "BridgeName", "<unknown>", "BridgeNumChannels", "2",
                "BridgeVideoSourceMode", "none"};
            List<Message> members = new ArrayList<>(2);
            for (int side = 0; side < 2; side++) {
                String[] channel = channel("PJSIP/" + (100 + side) + "-" + (2 * call + side),
                        "1700000000." + (2 * call + side), linkedid);
                coreShow.add(Message.event("CoreShowChannel", channel).with("Application", "Dial",
                        "ApplicationData", "PJSIP/200", "Duration", "00:01:05", "BridgeId", bridgeId));
                status.add(Message.event("Status", channel).with("Type", "PJSIP", "DNID", "",
                        "TimeToHangup", "0", "BridgeID", bridgeId, "Application", "Dial", "Data", "PJSIP/200",
                        "Seconds", "65"));
                members.add(Message.event("BridgeInfoChannel", channel));
            }
            if (bridged) {
                bridges.add(Message.event("BridgeListItem", bridge));
                bridgeInfo.put(bridgeId, Reply.builder().response(ListReply.start("Bridge channel listing"))
                        .item(members.get(0)).item(members.get(1))
                        .item(ListReply.complete("BridgeInfoComplete", 2).with(bridge)).build());
            }
        }
        Reply coreShowChannels = ListReply.of("CoreShowChannels", "CoreShowChannelsComplete", coreShow);
        Reply statusList = ListReply.of("Status", "StatusComplete", status);
        Reply queueStatus = ListReply.of("QueueStatus", "QueueStatusComplete", queues());
        Reply bridgeList = ListReply.of("Bridge listing", "BridgeListComplete", bridges);
        server.onAction("CoreShowChannels", (a, s) -> coreShowChannels);
        server.onAction("Status", (a, s) -> statusList);
        server.onAction("QueueStatus", (a, s) -> queueStatus);
        server.onAction("BridgeList", (a, s) -> bridgeList);
        server.onAction("BridgeInfo", (a, s) -> {
            Reply r = bridgeInfo.get(a.get("BridgeUniqueid"));
            return r != null ? r : Reply.error("Bridge " + a.get("BridgeUniqueid") + " not found");
        });
        for (Map.Entry<String, String> l : EMPTY_LISTS.entrySet()) {
            server.onAction(l.getKey(), (a, s) -> ListReply.of(l.getKey(), l.getValue()));
        }
        return answerGetvar(server);
    }

    /** Lets {@code server} answer every {@code Getvar} with {@code Success} and an empty value; returns it. */
    public static FakeAsterisk answerGetvar(FakeAsterisk server) {
        return server.onAction("Getvar", (a, s) -> Reply.success("Variable", a.get("Variable"), "Value", ""));
    }

    private static String[] channel(String name, String uid, String linkedid) {
        return new String[] {"Channel", name, "ChannelState", "6", "ChannelStateDesc", "Up",
            "CallerIDNum", "100", "CallerIDName", "Alice", "ConnectedLineNum", "200", "ConnectedLineName", "Bob",
            "Language", "en", "AccountCode", "", "Context", "ami-test", "Exten", "200", "Priority", "1",
            "Uniqueid", uid, "Linkedid", linkedid};
    }

    private static List<Message> queues() {
        List<Message> queue = new ArrayList<>();
        for (int q = 0; q < QUEUES; q++) {
            queue.add(Message.event("QueueParams", "Queue", "q" + q, "Max", "0", "Strategy", "ringall", "Calls", "0",
                    "Holdtime", "0", "TalkTime", "0", "Completed", "0", "Abandoned", "0", "ServiceLevel", "60",
                    "ServicelevelPerf", "0.0", "Weight", "0"));
            for (int m = 0; m < MEMBERS_PER_QUEUE; m++) {
                queue.add(Message.event("QueueMember", "Queue", "q" + q, "Name", "Agent " + m, "Location",
                        "PJSIP/" + (300 + m), "StateInterface", "PJSIP/" + (300 + m), "Membership", "static",
                        "Penalty", "0", "CallsTaken", "0", "LastCall", "0", "LastPause", "0", "InCall", "0",
                        "Status", "1", "Paused", "0", "PausedReason", "", "Wrapuptime", "0"));
            }
        }
        return queue;
    }
}
