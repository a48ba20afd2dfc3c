package dev.amiable.bench;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PBX both live models resync from in the benchmarks: FakeAsterisk listing 10,000 channels in
 * 5,000 answered calls and 10 queues of 20 members, every other list empty. The channels are
 * answered to {@code CoreShowChannels} (Amiable's list) and to {@code Status} (asterisk-java's),
 * item for item the same channels; {@code Getvar} is answered with an empty value, as Asterisk does
 * for a variable that is not set.
 */
public final class BigPbx {
    public static final int CALLS = 5_000;
    public static final int CHANNELS = 2 * CALLS;
    public static final int QUEUES = 10;
    public static final int MEMBERS_PER_QUEUE = 20;

    private static final Map<String, String> EMPTY_LISTS = Map.of("BridgeList", "BridgeListComplete",
            "Agents", "AgentsComplete", "ParkedCalls", "ParkedCallsComplete",
            "ConfbridgeListRooms", "ConfbridgeListRoomsComplete", "DeviceStateList", "DeviceStateListComplete",
            "ExtensionStateList", "ExtensionStateListComplete", "PresenceStateList", "PresenceStateListComplete");

    private BigPbx() {
    }

    /** A started FakeAsterisk (user {@code admin}/{@code amp111}) answering as described above. */
    public static FakeAsterisk start() {
        FakeAsterisk server = FakeAsterisk.create().start();
        List<Message> coreShow = new ArrayList<>(CHANNELS);
        List<Message> status = new ArrayList<>(CHANNELS);
        for (int call = 0; call < CALLS; call++) {
            String linkedid = "1700000000." + (2 * call);
            for (int side = 0; side < 2; side++) {
                String[] channel = channel("PJSIP/" + (100 + side) + "-" + (2 * call + side),
                        "1700000000." + (2 * call + side), linkedid);
                coreShow.add(Message.event("CoreShowChannel", channel).with("Application", "Dial",
                        "ApplicationData", "PJSIP/200", "Duration", "00:01:05", "BridgeId", ""));
                status.add(Message.event("Status", channel).with("Type", "PJSIP", "DNID", "",
                        "TimeToHangup", "0", "BridgeID", "", "Application", "Dial", "Data", "PJSIP/200",
                        "Seconds", "65"));
            }
        }
        Reply coreShowChannels = ListReply.of("CoreShowChannels", "CoreShowChannelsComplete", coreShow);
        Reply statusList = ListReply.of("Status", "StatusComplete", status);
        Reply queueStatus = ListReply.of("QueueStatus", "QueueStatusComplete", queues());
        server.onAction("CoreShowChannels", (a, s) -> coreShowChannels);
        server.onAction("Status", (a, s) -> statusList);
        server.onAction("QueueStatus", (a, s) -> queueStatus);
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
