package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.EventList;
import dev.amiable.action.CoreShowChannelsAction;
import dev.amiable.event.CoreShowChannelEvent;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
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
 * Benchmark 4: {@code CoreShowChannels} answered with 10,000 items shaped like the captured ones
 * (about 5.6 MB): time from sending to the completed list ({@code EventList} on Amiable,
 * {@code ResponseEvents} from {@code sendEventGeneratingAction} on asterisk-java).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ListBench {
    static final int ITEMS = 10_000;

    @State(Scope.Benchmark)
    public static class AmiableSide {
        MiniAmi server;
        AmiClient client;
        CoreShowChannelsAction action;

        @Setup(Level.Trial)
        public void setup() throws Exception {
            server = new MiniAmi(ITEMS);
            client = Clients.amiable(server.port());
            action = new CoreShowChannelsAction();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            client.close();
            server.close();
        }
    }

    @State(Scope.Benchmark)
    public static class AsteriskJavaSide {
        MiniAmi server;
        ManagerConnection connection;

        @Setup(Level.Trial)
        public void setup() throws Exception {
            server = new MiniAmi(ITEMS);
            connection = Clients.asteriskJava(server.port());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            connection.logoff();
            server.close();
        }
    }

    @Benchmark
    public int amiable(AmiableSide s) throws Exception {
        EventList<CoreShowChannelEvent> list = s.client.sendForList(s.action).get(60, TimeUnit.SECONDS);
        return list.items().size();
    }

    @Benchmark
    public int asteriskJava(AsteriskJavaSide s) throws Exception {
        ResponseEvents r = s.connection.sendEventGeneratingAction(
                new org.asteriskjava.manager.action.CoreShowChannelsAction(), 60_000);
        return r.getEvents().size();
    }
}
