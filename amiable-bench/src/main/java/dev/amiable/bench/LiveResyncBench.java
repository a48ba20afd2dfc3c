package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.live.LivePbx;
import dev.amiable.live.PbxSnapshot;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full resync of the live model ({@code LivePbx.attach} until {@code synced()} completes) of a
 * PBX with 10,000 channels in 5,000 calls and 200 queue members in 10 queues, listed by
 * FakeAsterisk on loopback: every list action of a resync once, the items decoded, the model
 * built. Other lists are empty.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class LiveResyncBench {
    private static final Map<String, String> EMPTY_LISTS = Map.of("BridgeList", "BridgeListComplete",
            "Agents", "AgentsComplete", "ParkedCalls", "ParkedCallsComplete",
            "ConfbridgeListRooms", "ConfbridgeListRoomsComplete", "DeviceStateList", "DeviceStateListComplete",
            "ExtensionStateList", "ExtensionStateListComplete", "PresenceStateList", "PresenceStateListComplete");

    private FakeAsterisk server;
    private AmiClient ami;

    @Setup(Level.Trial)
    public void start() {
        server = FakeAsterisk.create().start();
        List<Message> channels = new ArrayList<>(10_000);
        for (int call = 0; call < 5_000; call++) {
            String linkedid = "1700000000." + (2 * call);
            for (int side = 0; side < 2; side++) {
                String uid = "1700000000." + (2 * call + side);
                channels.add(Message.event("CoreShowChannel", "Channel", "PJSIP/" + (100 + side) + "-" + uid,
                        "ChannelState", "6", "ChannelStateDesc", "Up", "CallerIDNum", "100", "CallerIDName", "Alice",
                        "ConnectedLineNum", "200", "ConnectedLineName", "Bob", "Language", "en", "AccountCode", "",
                        "Context", "ami-test", "Exten", "200", "Priority", "1", "Uniqueid", uid, "Linkedid", linkedid,
                        "Application", "Dial", "ApplicationData", "PJSIP/200", "Duration", "00:01:05", "BridgeId", ""));
            }
        }
        Reply coreShowChannels = ListReply.of("CoreShowChannels", "CoreShowChannelsComplete", channels);
        List<Message> queue = new ArrayList<>();
        for (int q = 0; q < 10; q++) {
            queue.add(Message.event("QueueParams", "Queue", "q" + q, "Max", "0", "Strategy", "ringall", "Calls", "0",
                    "Holdtime", "0", "TalkTime", "0", "Completed", "0", "Abandoned", "0", "ServiceLevel", "60",
                    "ServicelevelPerf", "0.0", "Weight", "0"));
            for (int m = 0; m < 20; m++) {
                queue.add(Message.event("QueueMember", "Queue", "q" + q, "Name", "Agent " + m, "Location",
                        "PJSIP/" + (300 + m), "StateInterface", "PJSIP/" + (300 + m), "Membership", "static",
                        "Penalty", "0", "CallsTaken", "0", "LastCall", "0", "LastPause", "0", "InCall", "0",
                        "Status", "1", "Paused", "0", "PausedReason", "", "Wrapuptime", "0"));
            }
        }
        Reply queueStatus = ListReply.of("QueueStatus", "QueueStatusComplete", queue);
        server.onAction("CoreShowChannels", (a, s) -> coreShowChannels);
        server.onAction("QueueStatus", (a, s) -> queueStatus);
        for (Map.Entry<String, String> l : EMPTY_LISTS.entrySet()) {
            server.onAction(l.getKey(), (a, s) -> ListReply.of(l.getKey(), l.getValue()));
        }
        ami = AmiClient.connect(AmiOptions.builder().host("127.0.0.1").port(server.port()).username("admin")
                .secret("amp111").actionTimeout(Duration.ofSeconds(30)).build());
    }

    @TearDown(Level.Trial)
    public void stop() {
        ami.close();
        server.close();
    }

    /** One whole resync; the score is its time. */
    @Benchmark
    public PbxSnapshot resync() throws Exception {
        try (LivePbx live = LivePbx.attach(ami)) {
            PbxSnapshot s = live.synced().get(60, TimeUnit.SECONDS);
            if (s.channels().size() != 10_000 || s.calls().size() != 5_000) {
                throw new IllegalStateException("resync gave " + s);
            }
            return s;
        }
    }
}
