package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.PbxTruth;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sim, top and demo: the commands that run for a while. */
class LiveCommandsTest {

    @Test
    void simServesAClientUntilItsDurationEnds() throws Exception {
        CliRunner.Running sim = CliRunner.start("sim", "--port", "0", "--rate", "50", "--user", "bob:pw",
                "--duration", "3s");
        String banner = sim.out.awaitContains("listening on", Duration.ofSeconds(10));
        Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(banner);
        assertTrue(m.find(), banner);
        int port = Integer.parseInt(m.group(1));
        CountDownLatch events = new CountDownLatch(3);
        AmiOptions o = AmiOptions.builder().port(port).username("bob").secret("pw")
                .reconnect(ReconnectPolicy.OFF).build();
        try (AmiClient client = AmiClient.connect(o)) {
            client.addListener(e -> events.countDown());
            assertTrue(events.await(10, TimeUnit.SECONDS), "the call centre sends events");
        }
        CliRunner.Result res = sim.await(15);
        assertEquals(0, res.code(), res::toString);
        assertTrue(res.out().contains("users bob"), res.out());
        assertTrue(!res.out().contains("pw,") && !res.out().contains(":pw"), res.out());
    }

    @Test
    void simReplaysARecordingByteForByte(@TempDir Path dir) throws Exception {
        byte[] capture = Captures.bytes("07-security-events.txt");
        Path file = Files.write(dir.resolve("cap.txt"), capture);
        CliRunner.Running sim = CliRunner.start("sim", "--port", "0", "--scenario", "idle", "--replay", file.toString(),
                "--duration", "2s");
        String banner = sim.out.awaitContains("listening on", Duration.ofSeconds(10));
        Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(banner);
        assertTrue(m.find(), banner);
        try (Socket s = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
            s.setSoTimeout(10_000);
            byte[] got = s.getInputStream().readNBytes(capture.length);
            assertArrayEquals(capture, got);
        }
        assertTrue(banner.contains("1 replay(s)"), banner);
        assertEquals(0, sim.await(15).code());
    }

    @Test
    void simReplaysAtTheRecordedPace(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] capture = ("Asterisk Call Manager/11.0.0\r\nEvent: A\r\nTimestamp: 100.000000\r\n\r\n"
                + "Event: B\r\nTimestamp: 100.300000\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path file = dir.resolve("paced.txt");
        java.nio.file.Files.write(file, capture);
        CliRunner.Running sim = CliRunner.start("sim", "--port", "0", "--scenario", "idle", "--replay", file.toString(),
                "--replay-speed", "1", "--duration", "2s");
        Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)")
                .matcher(sim.out.awaitContains("listening on", Duration.ofSeconds(10)));
        assertTrue(m.find());
        try (Socket s = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
            s.setSoTimeout(10_000);
            long t0 = System.nanoTime();
            assertArrayEquals(capture, s.getInputStream().readNBytes(capture.length));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 280, "B is 0.3 s after A in the recording, came after " + ms + " ms");
        }
        assertEquals(0, sim.await(15).code());
    }

    @Test
    void topOncePrintsTheBoardOfThePbxAsItIs() throws Exception {
        try (FakeAsterisk fake = TestServers.start()) {
            fake.randomTraffic(5).steps(40);
            PbxTruth truth = fake.truth();
            CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "top", "--once"));
            assertEquals(0, res.code(), res::toString);
            List<String> lines = res.out().lines().toList();
            long calls = truth.channels().stream().map(PbxTruth.Channel::linkedid).distinct().count();
            assertEquals("Calls: " + calls, lines.get(0), res.out());
            assertTrue(lines.get(1).matches("Call +State +Duration +Parties"), res.out());
            PbxTruth.Queue sales = truth.queues().stream().filter(q -> q.name().equals("sim-sales")).findFirst()
                    .orElseThrow();
            long paused = sales.members().stream().filter(PbxTruth.Member::paused).count();
            assertTrue(lines.stream().anyMatch(l -> l.matches("sim-sales +" + sales.callers().size()
                    + " +\\S+ +\\d+ +\\d+ +" + paused + " +3")), res.out());
            assertTrue(lines.contains("Parked: " + truth.parkedCalls().size()), res.out());
            assertTrue(lines.contains("Conferences: " + truth.conferences().size()), res.out());
            assertTrue(!res.out().contains("\u001b["), "no ANSI codes with --once");
        }
    }

    @Test
    void topOffATerminalPrintsTheBoardAtTheEnd() {
        try (FakeAsterisk fake = TestServers.start()) {
            CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "top", "--duration", "1500ms"));
            assertEquals(0, res.code(), res::toString);
            List<String> lines = res.out().lines().toList();
            assertEquals("Calls: 0", lines.get(0), res.out());
            assertTrue(lines.contains("Queues: 1"), res.out());
            assertTrue(!res.out().contains("\u001b["), "no ANSI codes off a terminal");
        }
    }

    @Test
    void demoShowsEventsAndASummary() {
        CliRunner.Result res = CliRunner.run("demo", "--duration", "2s", "--rate", "5", "--summary-every", "1s");
        assertEquals(0, res.code(), res::toString);
        List<String> lines = res.out().lines().toList();
        assertTrue(lines.get(0).startsWith("amiable demo: simulated Asterisk on 127.0.0.1:"), res.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} Newchannel +Channel=\\S+.*")),
                res.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".* QueueCallerJoin +.*Queue=\\w+.*")), res.out());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("== final: active calls \\d+, completed \\d+, waiting in queue \\d+.*, agents busy \\d+ of \\d+, "
                + "paused 0, parked 0, in conferences 0; the simulator started \\d+ calls"), last);
        assertTrue(lines.stream().anyMatch(l -> l.matches("== \\d\\d:\\d\\d:\\d\\d active calls \\d+, .*")), res.out());
    }
}
