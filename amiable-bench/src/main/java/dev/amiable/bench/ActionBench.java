package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.AmiResponse;
import dev.amiable.action.AmiAction;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3: Ping round trips on one connection to {@link MiniAmi}, which answers
 * {@code Response: Success / ActionID / Ping: Pong / Timestamp}. One operation is one answered
 * action.
 * <ul>
 * <li>{@code *_sync_t1}: one thread, one action in flight (latency-bound);</li>
 * <li>{@code *_sync_t8}: eight threads on the same connection, each waiting for its answer;</li>
 * <li>{@code *_pipelined_t1}: one thread sends 64, then waits for all 64 (a latch counted down by
 *     completion callbacks, on both clients);</li>
 * <li>{@code *_pipelined_t8}: eight threads, each with 64 in flight.</li>
 * </ul>
 * asterisk-java's pipelined variants use its {@code sendAction(action, callback)}; its sync ones
 * {@code sendAction(action)}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ActionBench {
    static final int WINDOW = 64;

    @State(Scope.Benchmark)
    public static class AmiableSide {
        MiniAmi server;
        AmiClient client;
        final AmiAction ping = new dev.amiable.action.PingAction();

        @Setup(Level.Trial)
        public void setup() throws Exception {
            server = new MiniAmi(10);
            client = Clients.amiable(server.port());
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
            server = new MiniAmi(10);
            connection = Clients.asteriskJava(server.port());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            connection.logoff();
            server.close();
        }
    }

    private static AmiResponse amiableSync(AmiableSide s) throws Exception {
        return s.client.send(s.ping).get(30, TimeUnit.SECONDS);
    }

    private static Object amiablePipelined(AmiableSide s) throws Exception {
        // waits like the asterisk-java variant: one latch counted down by completion callbacks
        CountDownLatch done = new CountDownLatch(WINDOW);
        for (int i = 0; i < WINDOW; i++) {
            s.client.send(s.ping).whenComplete((r, e) -> done.countDown());
        }
        done.await(30, TimeUnit.SECONDS);
        return done;
    }

    private static ManagerResponse ajSync(AsteriskJavaSide s) throws Exception {
        return s.connection.sendAction(new PingAction(), 30_000);
    }

    private static Object ajPipelined(AsteriskJavaSide s) throws Exception {
        CountDownLatch done = new CountDownLatch(WINDOW);
        for (int i = 0; i < WINDOW; i++) {
            s.connection.sendAction(new PingAction(), r -> done.countDown());
        }
        done.await(30, TimeUnit.SECONDS);
        return done;
    }

    @Benchmark
    @Threads(1)
    public Object amiable_sync_t1(AmiableSide s) throws Exception {
        return amiableSync(s);
    }

    @Benchmark
    @Threads(8)
    public Object amiable_sync_t8(AmiableSide s) throws Exception {
        return amiableSync(s);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(WINDOW)
    public Object amiable_pipelined_t1(AmiableSide s) throws Exception {
        return amiablePipelined(s);
    }

    @Benchmark
    @Threads(8)
    @OperationsPerInvocation(WINDOW)
    public Object amiable_pipelined_t8(AmiableSide s) throws Exception {
        return amiablePipelined(s);
    }

    @Benchmark
    @Threads(1)
    public Object asteriskJava_sync_t1(AsteriskJavaSide s) throws Exception {
        return ajSync(s);
    }

    @Benchmark
    @Threads(8)
    public Object asteriskJava_sync_t8(AsteriskJavaSide s) throws Exception {
        return ajSync(s);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(WINDOW)
    public Object asteriskJava_pipelined_t1(AsteriskJavaSide s) throws Exception {
        return ajPipelined(s);
    }

    @Benchmark
    @Threads(8)
    @OperationsPerInvocation(WINDOW)
    public Object asteriskJava_pipelined_t8(AsteriskJavaSide s) throws Exception {
        return ajPipelined(s);
    }
}
