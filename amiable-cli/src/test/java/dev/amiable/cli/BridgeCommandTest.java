package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.kafka.KafkaBridge;
import dev.amiable.testkit.FakeAsterisk;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amiable bridge} without a broker: its usage errors exit 2, an unreachable PBX or Kafka
 * exits 3, each with one line on stderr. (Publishing itself is tested in amiable-kafka against a
 * real broker.)
 */
class BridgeCommandTest {
    @TempDir
    Path dir;

    private Path profiles(int port) throws IOException {
        Path file = dir.resolve("profiles.properties");
        Files.writeString(file, "pbx1.host=127.0.0.1\npbx1.port=" + port + "\npbx1.username=admin\npbx1.secret=amp111\n"
                + "pbx2.host=127.0.0.1\npbx2.port=" + port + "\npbx2.username=admin\npbx2.secret=amp111\n"
                + "pbx2.server-id=pbx1\n");
        return file;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void assertUsage(CliRunner.Result r, String words) {
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(words), r.err());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        String config = profiles(5038).toString();
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--profile", "pbx1"), "--topic");
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t"), "--profile");
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t", "--config", config,
                "--profile", "pbx1", "--format", "xml"), "unknown format 'xml'");
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t", "--config", config,
                "--profile", "pbx1", "--producer-property", "novalue"), "KEY=VALUE");
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t", "--config", config,
                "--profile", "nosuch"), "no profile 'nosuch'");
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t", "--config", config,
                "--profile", "pbx1", "--producer-property", "acks=1"), "acks=1 refused");
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t", "--config", config,
                "--profile", "pbx1", "--producer-property", "compression.type=nonsense"), "compression.type");
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t", "--config", config,
                "--profile", "pbx1", "--profile", "pbx2"), "server id 'pbx1' used by two profiles");
        assertUsage(CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t", "--config", config,
                "--profile", "pbx1", "--partitions", "0"), "--partitions must be positive");
    }

    @Test
    void unreachablePbxExitsThree() throws IOException {
        CliRunner.Result r = CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:9", "--topic", "t",
                "--config", profiles(closedPort()).toString(), "--profile", "pbx1", "--timeout", "1s");
        assertEquals(3, r.code(), r::toString);
        assertTrue(r.err().startsWith("amiable: connection failed: "), r.err());
    }

    @Test
    void unreachableKafkaExitsThree() throws IOException {
        try (FakeAsterisk pbx = TestServers.start()) {
            CliRunner.Result r = CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:" + closedPort(),
                    "--topic", "t", "--config", profiles(pbx.port()).toString(), "--profile", "pbx1", "--timeout", "1s");
            assertEquals(3, r.code(), r::toString);
            assertTrue(r.err().startsWith("amiable: connection failed: Kafka at 127.0.0.1:"), r.err());
            assertEquals(1, r.err().lines().count(), r::toString);
        }
    }

    @Test
    void liveIsAcceptedAndKafkaStillCheckedAtStart() throws IOException {
        try (FakeAsterisk pbx = TestServers.start()) {
            CliRunner.Result r = CliRunner.run("bridge", "--bootstrap-servers", "127.0.0.1:" + closedPort(),
                    "--topic", "t", "--config", profiles(pbx.port()).toString(), "--profile", "pbx1", "--live",
                    "--timeout", "1s");
            assertEquals(3, r.code(), r::toString);
            assertTrue(r.err().startsWith("amiable: connection failed: Kafka at 127.0.0.1:"), r.err());
        }
    }

    @Test
    void theProgressLineTellsTheBridgesDropsFromTheClients() {
        try (KafkaBridge bridge = KafkaBridge.builder().bootstrapServers("127.0.0.1:9").topic("t")
                .bufferCapacity(100).closeTimeout(java.time.Duration.ZERO).build()) {
            String line = new BridgeProgress(bridge).tick();
            assertEquals("buffer 0/100 (0.0%), dropped 0 by the bridge, 0 by the client", line);
        }
    }
}
