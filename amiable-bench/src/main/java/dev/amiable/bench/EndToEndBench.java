package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerConnection;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2: end to end over loopback TCP. One operation is one event of the busy capture
 * delivered to a listener that reads two typed fields (Privilege as a string, Timestamp as a time
 * value) on both clients. Per invocation the client sends {@code Burst}; {@link MiniAmi} answers
 * and writes the capture's 11,880 event frames (5.6 MB) as fast as the socket takes them; the
 * invocation ends when the listener has seen all of them.
 *
 * <p>{@code plainSocket} is the ceiling: the same bytes read and discarded by a bare
 * {@code InputStream} loop. The GC profiler's figures include the in-process server's allocation
 * (none per burst: it writes one prepared array).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EndToEndBench {
    static final int EVENTS = 11_880;

    /** Amiable's client on its own server; diagnostics extend it with another listener. */
    @State(Scope.Benchmark)
    public static class AmiableSide {
        MiniAmi server;
        AmiClient client;
        final Counter counter = new Counter();
        long perBurst;

        @Setup(Level.Trial)
        public void setup() throws Exception {
            server = new MiniAmi(10);
            client = Clients.amiable(server.port());
            client.addListener(this::onEvent);
            client.send(GenericAction.of("Burst")).get(30, TimeUnit.SECONDS);
            perBurst = counter.awaitQuiet(300, 30_000);
        }

        /** The listener: reads two typed fields, then counts the event. */
        protected void onEvent(AmiEvent e) {
            Object p = e.privilege();
            Object t = e.timestamp();
            if (p == null && t == null) {
                counter.hit(); // keeps both reads alive; counted once either way
                return;
            }
            counter.hit();
        }

        /** Counts one delivered event (for listeners of subclasses). */
        protected final void count() {
            counter.hit();
        }

        /** Asks for one burst and waits until the listener has seen all of it. */
        public long burst() {
            long target = counter.get() + perBurst;
            client.send(GenericAction.of("Burst"));
            counter.awaitAtLeast(target, 60_000);
            return counter.get();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            System.out.println("\n[amiable] events per burst " + perBurst + ", stats " + client.stats());
            client.close();
            server.close();
        }
    }

    @State(Scope.Benchmark)
    public static class AsteriskJavaSide {
        MiniAmi server;
        ManagerConnection connection;
        final Counter counter = new Counter();
        long perBurst;

        @Setup(Level.Trial)
        public void setup() throws Exception {
            server = new MiniAmi(10);
            connection = Clients.asteriskJava(server.port());
            connection.addEventListener(e -> {
                Object p = e.getPrivilege();
                Object t = e.getTimestamp();
                if (p == null && t == null) {
                    counter.hit();
                    return;
                }
                counter.hit();
            });
            long before = counter.get();
            connection.sendAction(new Clients.AjBurstAction(), 30_000);
            perBurst = counter.awaitQuiet(300, 30_000) - before;
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            System.out.println("\n[asterisk-java] events per burst " + perBurst);
            connection.logoff();
            server.close();
        }
    }

    @State(Scope.Benchmark)
    public static class PlainSide {
        MiniAmi server;
        Socket socket;
        /** The connection (banner already read) and the burst request: also {@code diag.EndToEndFloorBench}'s. */
        public InputStream in;
        public OutputStream out;
        final byte[] buf = new byte[64 * 1024];
        public final byte[] request = "Action: Burst\r\nActionID: p\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        final long expect = "Response: Success\r\nActionID: p\r\nMessage: Events will follow\r\n\r\n".length()
                + (long) Capture.BUSY_EVENTS.length;

        @Setup(Level.Trial)
        public void setup() throws Exception {
            server = new MiniAmi(10);
            socket = new Socket("127.0.0.1", server.port());
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            int banner = "Asterisk Call Manager/11.0.0\r\n".length();
            int got = 0;
            while (got < banner) {
                got += in.read(buf, 0, banner - got);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            socket.close();
            server.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long amiable(AmiableSide s) {
        return s.burst();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long asteriskJava(AsteriskJavaSide s) throws Exception {
        long target = s.counter.get() + s.perBurst;
        s.connection.sendAction(new Clients.AjBurstAction(), null);
        s.counter.awaitAtLeast(target, 60_000);
        return s.counter.get();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long plainSocket(PlainSide s) throws Exception {
        s.out.write(s.request);
        s.out.flush();
        long left = s.expect;
        while (left > 0) {
            int n = s.in.read(s.buf, 0, (int) Math.min(s.buf.length, left));
            if (n < 0) {
                throw new IllegalStateException("server closed");
            }
            left -= n;
        }
        return left;
    }
}
