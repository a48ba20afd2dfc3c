package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.AmiProtocolException;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.internal.AjBenchAccess;

/**
 * Benchmark 5 (cold) and catalogue start-up cost, each in a fresh JVM. The parent ({@code main})
 * runs {@link MiniAmi} and starts children ({@code child MODE port}) of the same jar several times;
 * each child prints nanosecond marks from the start of its {@code main}, and the parent adds the
 * JVM's own start-up (process spawn to {@code main}).
 *
 * <p>Modes: {@code amiable-connect} and {@code aj-connect}: the first thing done is connect and
 * log in. {@code amiable-decode} and {@code aj-decode}: build the event catalogue (Amiable:
 * {@code EventRegistry.global()}; asterisk-java: its {@code EventBuilderImpl}, which scans the
 * classpath), then decode one Hangup event from bytes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.ColdStart [runs [mode,mode...]]}
 */
public final class ColdStart {
    private ColdStart() {
    }

    static final byte[] HANGUP = ("Event: Hangup\r\nPrivilege: call,all\r\nTimestamp: 1795349770.011203\r\n"
            + "Channel: Local/310@ami-test-0000000f;1\r\nChannelState: 6\r\nChannelStateDesc: Up\r\n"
            + "CallerIDNum: 310\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\n"
            + "ConnectedLineName: <unknown>\r\nLanguage: en\r\nAccountCode: \r\nContext: ami-test\r\nExten: 310\r\n"
            + "Priority: 1\r\nUniqueid: 1795349769.30\r\nLinkedid: 1795349769.30\r\nCause: 16\r\n"
            + "Cause-txt: Normal Clearing\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], Integer.parseInt(args[2]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String cp = System.getProperty("java.class.path");
        try (MiniAmi server = new MiniAmi(10)) {
            String[] modes = args.length > 1 ? args[1].split(",") : new String[] {"amiable-connect", "aj-connect",
                    "amiable-decode", "aj-decode", "amiable-classes-then-registry"};
            for (String mode : modes) {
                List<double[]> marks = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    long spawn = System.nanoTime();
                    Process p = new ProcessBuilder(java, "-cp", cp, ColdStart.class.getName(), "child", mode,
                            Integer.toString(server.port())).redirectErrorStream(true).start();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    p.getInputStream().transferTo(out);
                    int code = p.waitFor();
                    long total = System.nanoTime() - spawn;
                    String text = out.toString(StandardCharsets.UTF_8);
                    String line = null;
                    for (String l : text.split("\n")) {
                        if (l.startsWith("MARKS ")) {
                            line = l;
                        }
                    }
                    if (code != 0 || line == null) {
                        System.out.println(mode + " run " + r + " failed (exit " + code + "):\n" + text);
                        continue;
                    }
                    String[] parts = line.substring(6).trim().split(" ");
                    double[] m = new double[parts.length + 1];
                    for (int i = 0; i < parts.length; i++) {
                        m[i] = Long.parseLong(parts[i]) / 1e6;
                    }
                    m[parts.length] = total / 1e6;
                    marks.add(m);
                    System.out.println(mode + " run " + r + ": " + line.substring(6) + " ns; process total "
                            + String.format("%.1f", total / 1e6) + " ms");
                }
                report(mode, marks);
            }
        }
    }

    private static void report(String mode, List<double[]> marks) {
        if (marks.isEmpty()) {
            return;
        }
        int n = marks.size();
        String note = "fresh JVM, median of " + n + " runs";
        if (mode.equals("amiable-classes-then-registry")) {
            Results.put("cold.amiable.loadEventClasses", median(marks, 0), "ms",
                    note + "; Class.forName(init) of every dev.amiable.event.*Event class");
            Results.put("cold.amiable.registryAfterClassesLoaded", median(marks, 1), "ms",
                    note + "; EventRegistry.global() once the classes are loaded (lambda spinning, table)");
            return;
        }
        if (mode.endsWith("-connect")) {
            Results.put("cold." + mode + ".mainToLoggedIn", median(marks, 0), "ms", note + "; from main() to logged in");
        } else {
            Results.put("cold." + mode + ".catalogueInit", median(marks, 0), "ms", note + "; from main() to catalogue ready");
            Results.put("cold." + mode + ".firstTypedEvent", median(marks, 1), "ms", note + "; from main() to first typed event");
        }
        Results.put("cold." + mode + ".processTotal", median(marks, marks.get(0).length - 1), "ms",
                note + "; spawn to exit, JVM start-up and shutdown included");
    }

    private static double median(List<double[]> marks, int i) {
        double[] v = new double[marks.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = marks.get(k)[i];
        }
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void child(String mode, int port) throws Exception {
        long t0 = System.nanoTime();
        switch (mode) {
            case "amiable-connect": {
                AmiClient c = AmiClient.connect(Clients.amiableOptions(port).build());
                long t1 = System.nanoTime();
                System.out.println("MARKS " + (t1 - t0));
                c.close();
                break;
            }
            case "aj-connect": {
                ManagerConnection c = Clients.asteriskJava(port);
                long t1 = System.nanoTime();
                System.out.println("MARKS " + (t1 - t0));
                c.logoff();
                break;
            }
            case "amiable-decode": {
                EventRegistry registry = EventRegistry.global();
                long t1 = System.nanoTime();
                AmiEvent[] got = new AmiEvent[1];
                FrameDecoder.decodeAll(HANGUP, DecoderLimits.DEFAULT, new FrameSink() {
                    @Override public void onFrame(Frame frame) { got[0] = registry.decode(frame); }
                    @Override public void onBanner(String banner) { }
                    @Override public void onError(AmiProtocolException error) { throw error; }
                });
                String channel = got[0].get("Channel");
                long t2 = System.nanoTime();
                System.out.println("decoded " + got[0].getClass().getSimpleName() + " " + channel);
                System.out.println("MARKS " + (t1 - t0) + " " + (t2 - t0));
                break;
            }
            case "amiable-classes-then-registry": {
                // diagnostic: how much of the catalogue's start-up is loading and initialising the
                // event classes (and their INFO constants), and how much is the registry itself
                List<String> names = new ArrayList<>();
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(
                        ColdStart.class.getProtectionDomain().getCodeSource().getLocation().getPath())) {
                    jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith("dev/amiable/event/") && n.endsWith("Event.class"))
                            .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
                }
                long tl = System.nanoTime();
                for (String n : names) {
                    Class.forName(n, true, ColdStart.class.getClassLoader());
                }
                long t1 = System.nanoTime();
                EventRegistry.global();
                long t2 = System.nanoTime();
                System.out.println(names.size() + " event classes");
                System.out.println("MARKS " + (t1 - tl) + " " + (t2 - t1));
                break;
            }
            case "aj-decode": {
                AjBenchAccess.Builder b = new AjBenchAccess.Builder();
                long t1 = System.nanoTime();
                ManagerEvent[] got = new ManagerEvent[1];
                AjBenchAccess.readEvents(HANGUP, b, e -> got[0] = e);
                String channel = ((org.asteriskjava.manager.event.HangupEvent) got[0]).getChannel();
                long t2 = System.nanoTime();
                System.out.println("decoded " + got[0].getClass().getSimpleName() + " " + channel);
                System.out.println("MARKS " + (t1 - t0) + " " + (t2 - t0));
                break;
            }
            default:
                throw new IllegalArgumentException(mode);
        }
        System.exit(0);
    }
}
