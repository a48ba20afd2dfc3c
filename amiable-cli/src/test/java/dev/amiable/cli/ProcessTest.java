package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main} in a separate JVM, as the jar does, to see real exit statuses and streams. */
class ProcessTest {
    /** What a child process produced. */
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        pb.environment().remove("AMI_SECRET");
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("no-config").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
        return new Outcome(p.exitValue(), read(dir.resolve("out").toFile()), read(dir.resolve("err").toFile()));
    }

    private static String read(File f) throws IOException {
        return java.nio.file.Files.readString(f.toPath(), StandardCharsets.UTF_8);
    }

    @Test
    void demoExitsZeroWithEventsAndASummary(@TempDir Path dir) throws Exception {
        Outcome o = java(dir, "demo", "--duration", "1500ms");
        assertEquals(0, o.code(), o::toString);
        assertTrue(o.out().contains(" Newchannel "), o.out());
        assertTrue(o.out().contains("== final: active calls "), o.out());
    }

    @Test
    void connectionRefusedExitsThreeWithOneLine(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Outcome o = java(dir, "send", "--port", Integer.toString(port), "--secret", "abcd1234", "Ping");
        assertEquals(3, o.code(), o::toString);
        assertEquals("", o.out());
        assertTrue(o.err().matches("amiable: connection failed: [^\\n]*\\n"), o.err());
    }

    @Test
    void missingSecretWithoutAConsoleExitsTwo(@TempDir Path dir) throws Exception {
        Outcome o = java(dir, "send", "Ping");
        assertEquals(2, o.code(), o::toString);
        assertTrue(o.err().startsWith("amiable: invalid arguments: no secret given"), o.err());
    }
}
