package dev.amiable.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A short, bounded coverage-guided fuzzing run as part of the normal suite: starts a JVM with
 * {@code JAZZER_FUZZ=1} that runs {@link FrameDecoderFuzzTest#decoder} for its 15 s
 * {@code maxDuration}, and fails if Jazzer found anything. A fresh JVM is needed because Jazzer
 * reads {@code JAZZER_FUZZ} once, when its classes load, and must install its agent before the
 * decoder's classes are loaded. Skip it with {@code -Damiable.fuzz.skip=true}.
 *
 * <p>The output (libFuzzer's statistics, any finding) is kept in {@code target/jazzer/fuzz.log}.
 * The 10-minute run: {@code mvn -pl amiable-core test -Dtest=FuzzRunTest -Damiable.fuzz.method=decoderLong}.
 */
class FuzzRunTest {

    @Test
    void aShortJazzerRunFindsNothing() throws Exception {
        if (Boolean.getBoolean("amiable.fuzz.skip")) {
            return;
        }
        String method = System.getProperty("amiable.fuzz.method", "decoder");
        long waitSeconds = method.equals("decoder") ? 120 : 900;
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path dir = Path.of("target", "jazzer").toAbsolutePath();
        Files.createDirectories(dir);
        Path log = dir.resolve("fuzz.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add("-DJAZZER_FUZZ=1");
        cmd.add("-Djazzer.internal.basedir=" + dir);
        cmd.add(FuzzMain.class.getName());
        cmd.add(method);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(waitSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, "fuzzing run did not end in " + waitSeconds + " s; see " + log);
        assertEquals(0, p.exitValue(), "Jazzer found a failing input or could not run; see " + log + "\n"
                + tail(out, 4000));
        Matcher m = Pattern.compile("Done (\\d+) runs in (\\d+) second").matcher(out);
        assertTrue(m.find(), "libFuzzer reported no statistics; see " + log + "\n" + tail(out, 2000));
        System.out.printf("[fuzz] Jazzer (%s): %s executions in %s s, no finding (log: %s)%n", method, m.group(1), m.group(2),
                log.toString().replace(File.separatorChar, '/'));
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
