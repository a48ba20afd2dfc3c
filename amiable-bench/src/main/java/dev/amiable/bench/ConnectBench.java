package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerConnection;
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
 * Benchmark 5 (warm): TCP connect, greeting and login to {@link MiniAmi} in a warmed-up JVM; the
 * logoff and close after each operation are not timed. Amiable logs in with a plain Login (event
 * mask riding on it); asterisk-java with its fixed sequence Challenge, MD5 Login, CoreSettings.
 * The cold case (a fresh JVM) is {@link ColdStart}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ConnectBench {
    MiniAmi server;
    AmiOptions options;
    AmiClient client;
    ManagerConnection connection;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        server = new MiniAmi(10);
        options = Clients.amiableOptions(server.port()).build();
    }

    @TearDown(Level.Invocation)
    public void closeEach() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (connection != null) {
            connection.logoff();
            connection = null;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
    }

    @Benchmark
    public Object amiable() {
        client = AmiClient.connect(options);
        return client;
    }

    @Benchmark
    public Object asteriskJava() throws Exception {
        connection = Clients.asteriskJava(server.port());
        return connection;
    }
}
