package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.FakeAsterisk;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeTest {
    private static final String SECRET = "s3cr3t-Never-Shown";

    @Test
    void wrongPasswordExitsFourWithoutTheSecret() {
        try (FakeAsterisk fake = TestServers.start()) {
            for (String[] extra : new String[][] {{}, {"--md5"}, {"--verbose"}}) {
                String[] args = concat(new String[] {"send", "--port", Integer.toString(fake.port()),
                    "--username", "admin", "--secret", SECRET}, extra, new String[] {"Ping"});
                CliRunner.Result res = CliRunner.run(args);
                assertEquals(4, res.code(), res::toString);
                assertTrue(res.err().startsWith("amiable: authentication failed: "), res.err());
                assertFalse(res.err().contains(SECRET) || res.out().contains(SECRET), res::toString);
            }
        }
    }

    @Test
    void secretFromEnvironmentAndNeverShown() {
        try (FakeAsterisk fake = TestServers.start()) {
            CliRunner.Result ok = CliRunner.run(CliRunner.env("AMI_SECRET", "amp111"),
                    "send", "--port", Integer.toString(fake.port()), "Ping");
            assertEquals(0, ok.code(), ok::toString);
            assertTrue(ok.out().contains("Ping: Pong"), ok.out());
            CliRunner.Result bad = CliRunner.run(CliRunner.env("AMI_SECRET", SECRET),
                    "send", "--verbose", "--port", Integer.toString(fake.port()), "Ping");
            assertEquals(4, bad.code(), bad::toString);
            assertFalse(bad.err().contains(SECRET));
        }
    }

    @Test
    void closedPortExitsThree() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRunner.Result res = CliRunner.run("command", "--port", Integer.toString(port), "--secret", "x",
                "core show uptime");
        assertEquals(3, res.code(), res::toString);
        assertTrue(res.err().startsWith("amiable: connection failed: "), res.err());
        assertEquals(1, res.err().lines().count(), "one line, no stack trace: " + res.err());
    }

    @Test
    void verboseAddsAStackTrace() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        for (String[] args : new String[][] {
            {"--verbose", "send", "--port", Integer.toString(port), "--secret", SECRET, "Ping"},
            {"send", "--verbose", "--port", Integer.toString(port), "--secret", SECRET, "Ping"}}) {
            CliRunner.Result res = CliRunner.run(args);
            assertEquals(3, res.code(), res::toString);
            assertTrue(res.err().contains("\tat dev.amiable."), res.err());
            assertFalse(res.err().contains(SECRET));
        }
    }

    @Test
    void md5LoginWorks() {
        try (FakeAsterisk fake = TestServers.start()) {
            CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "--md5", "Ping"));
            assertEquals(0, res.code(), res::toString);
            assertTrue(res.out().contains("Ping: Pong"), res.out());
        }
    }

    @Test
    void tlsAgainstAPlainPortIsAConnectionFailure() {
        try (FakeAsterisk fake = TestServers.start()) {
            CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "--tls", "--insecure",
                    "--timeout", "2s", "Ping"));
            assertEquals(3, res.code(), res::toString);
            assertTrue(res.err().startsWith("amiable: connection failed: "), res.err());
        }
    }

    @Test
    void recordToAClosedPortExitsThree(@TempDir Path dir) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRunner.Result res = CliRunner.run("record", "--port", Integer.toString(port), "--secret", "x",
                "--out", dir.resolve("r.txt").toString());
        assertEquals(3, res.code(), res::toString);
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, CliRunner.run("tail", "--count", "many").code());
        assertEquals(2, CliRunner.run("no-such-command").code());
        assertEquals(2, CliRunner.run("tail", "--duration", "soon").code());
        assertEquals(2, CliRunner.run("record").code()); // --out is required
        CliRunner.Result leak = CliRunner.run("send", "--secret", SECRET, "--port", "x" + SECRET);
        assertEquals(2, leak.code());
        assertFalse(leak.err().contains(SECRET), leak.err());
        CliRunner.Result res = CliRunner.run();
        assertEquals(2, res.code());
        assertTrue(res.err().startsWith("amiable: missing command"), res.err());
    }

    @Test
    void helpListsTheExitCodes() {
        CliRunner.Result res = CliRunner.run("--help");
        assertEquals(0, res.code());
        assertTrue(res.out().contains("4   Authentication failed."), res.out());
        assertTrue(res.out().contains("6   Timeout"), res.out());
    }

    @Test
    void profilesSupplyHostPortUserAndSecret(@TempDir Path dir) throws IOException {
        try (FakeAsterisk fake = FakeAsterisk.builder().user("ops", "pw1").build().start()) {
            Path cfg = dir.resolve("profiles.properties");
            Files.writeString(cfg, "lab.host=127.0.0.1\nlab.port=" + fake.port() + "\nlab.username=ops\nlab.secret=pw1\n"
                    + "other.host=192.0.2.1\n");
            CliRunner.Result res = CliRunner.run("send", "--config", cfg.toString(), "--profile", "lab", "Ping");
            assertEquals(0, res.code(), res::toString);
            assertEquals(2, CliRunner.run("send", "--config", cfg.toString(), "--profile", "nope", "Ping").code());
            // a default profile file under XDG_CONFIG_HOME
            Files.createDirectories(dir.resolve("amiable"));
            Files.writeString(dir.resolve("amiable/profiles.properties"), "default.port=" + fake.port()
                    + "\ndefault.username=ops\ndefault.secret=pw1\n");
            CliRunner.Result viaDefault = CliRunner.run(CliRunner.env("XDG_CONFIG_HOME", dir.toString()), "send", "Ping");
            assertEquals(0, viaDefault.code(), viaDefault::toString);
        }
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
