package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCommandTest {
    @TempDir
    Path dir;

    @Test
    void recordsEveryByteThenDecodes() throws Exception {
        // a replayed stream answers our login and carries events with quirks: LF-only lines, repeated keys
        String stream = "Asterisk Call Manager/11.0.0\r\n"
                + "Response: Success\r\nActionID: amiable-record-login\r\nMessage: Authentication accepted\r\n\r\n"
                + "Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n"
                + "Event: Newchannel\nPrivilege: call,all\nChannel: PJSIP/1-0001\n\n"
                + "\r\n"
                + "Event: VarSet\r\nChanVariable: a=1\r\nChanVariable: b=2\r\nValue: x: y\r\n\r\n";
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        Path out = dir.resolve("rec.txt");
        try (FakeAsterisk fake = TestServers.start()) {
            fake.replay(bytes);
            CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "record", "--out", out.toString(),
                    "--count", "3"));
            assertEquals(0, res.code(), res::toString);
            assertTrue(res.err().contains("3 events"), res.err());
            RecordedAction login = TestServers.awaitAction(fake, "Login");
            assertEquals("admin", login.get("Username"));
        }
        assertArrayEquals(bytes, Files.readAllBytes(out));
        CliRunner.Result stats = CliRunner.run("decode", "--stats", "--format", "json", out.toString());
        assertEquals(Map.of("FullyBooted", 1L, "Newchannel", 1L, "VarSet", 1L), DecodeCommandTest.counts(stats.out()));
        CliRunner.Result jsonl = CliRunner.run("decode", "--format", "jsonl", out.toString());
        assertTrue(jsonl.out().contains("\"ChanVariable\":[\"a=1\",\"b=2\"],\"Value\":\"x: y\""), jsonl.out());
    }

    @Test
    void md5LoginAgainstALiveServer() throws Exception {
        Path out = dir.resolve("md5.txt");
        try (FakeAsterisk fake = TestServers.start()) {
            CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "record", "--md5", "--out", out.toString(),
                    "--count", "1"));
            assertEquals(0, res.code(), res::toString);
            assertEquals("MD5", TestServers.awaitAction(fake, "Challenge").get("AuthType"));
        }
        String text = Files.readString(out);
        assertTrue(text.startsWith("Asterisk Call Manager/11.0.0\r\n"), text);
        assertTrue(text.contains("Event: FullyBooted\r\n"), text);
        assertTrue(!text.contains("amp111"));
    }

    @Test
    void wrongSecretExitsFour() {
        try (FakeAsterisk fake = TestServers.start()) {
            CliRunner.Result res = CliRunner.run("record", "--port", Integer.toString(fake.port()), "--secret",
                    "wrong-one", "--out", dir.resolve("x.txt").toString());
            assertEquals(4, res.code(), res::toString);
            assertTrue(!res.err().contains("wrong-one"));
        }
    }
}
