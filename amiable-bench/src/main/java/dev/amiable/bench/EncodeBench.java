package dev.amiable.bench;

import dev.amiable.action.AmiAction;
import dev.amiable.action.OriginateAction;
import dev.amiable.internal.codec.ActionEncoder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.internal.AjBenchAccess;
import org.asteriskjava.manager.internal.ManagerWriterImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 6: build an Originate with 5 channel variables and write it, as each client does
 * before the socket: Amiable builds its generated {@code OriginateAction} and runs {@code ActionEncoder.encode} into a
 * {@code BufferedOutputStream} (as its session does, flushing each action); asterisk-java builds
 * its {@code OriginateAction} bean and runs {@code ManagerWriterImpl.sendAction} (reflection-driven
 * {@code ActionBuilderImpl} into its {@code BufferedWriter(OutputStreamWriter(UTF-8))}, flushed).
 * Both write to a null stream. One operation is one action: ns/op and B/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EncodeBench {
    private ActionEncoder encoder;
    private OutputStream amiableOut;
    private ManagerWriterImpl ajWriter;
    private long n;

    @Setup
    public void setup() {
        encoder = new ActionEncoder();
        amiableOut = new BufferedOutputStream(OutputStream.nullOutputStream(), 32 * 1024);
        ajWriter = new ManagerWriterImpl();
        ajWriter.setSocket(new AjBenchAccess.MemoryFacade(new byte[0], OutputStream.nullOutputStream()));
    }

    static AmiAction amiableOriginate() {
        return OriginateAction.builder()
                .channel("PJSIP/1001")
                .context("from-internal")
                .exten("1002")
                .priority(1)
                .callerId("\"Bench\" <1001>")
                .timeout(30000)
                .async(true)
                .variable("CALL_ID", "8f14e45fceea167a")
                .variable("CAMPAIGN", "autumn-sale")
                .variable("AGENT", "4711")
                .variable("PRIORITY", "high")
                .variable("RECORD", "yes")
                .build();
    }

    @Benchmark
    public int amiable() throws IOException {
        AmiAction a = amiableOriginate();
        byte[] b = encoder.encode(a, "k3x9q2-" + (++n));
        amiableOut.write(b, 0, encoder.length());
        amiableOut.flush();
        return encoder.length();
    }

    @Benchmark
    public Object asteriskJava() throws IOException {
        org.asteriskjava.manager.action.OriginateAction a = new org.asteriskjava.manager.action.OriginateAction();
        a.setChannel("PJSIP/1001");
        a.setContext("from-internal");
        a.setExten("1002");
        a.setPriority(1);
        a.setCallerId("\"Bench\" <1001>");
        a.setTimeout(30000L);
        a.setAsync(true);
        a.setVariable("CALL_ID", "8f14e45fceea167a");
        a.setVariable("CAMPAIGN", "autumn-sale");
        a.setVariable("AGENT", "4711");
        a.setVariable("PRIORITY", "high");
        a.setVariable("RECORD", "yes");
        ajWriter.sendAction(a, "1234567_" + (++n));
        return a;
    }
}
