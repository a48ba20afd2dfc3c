package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.FakeAsterisk;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TailCommandTest {
    private FakeAsterisk fake;

    @BeforeEach
    void start() {
        fake = TestServers.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    /** Starts tail and returns once it listens (its Ping reached the server). */
    private CliRunner.Running tail(String... more) throws InterruptedException {
        CliRunner.Running r = CliRunner.start(CliRunner.at(fake.port(), "tail", more));
        TestServers.awaitAction(fake, "Ping");
        return r;
    }

    @Test
    void printsOneLinePerEventAndStopsAtCount() throws Exception {
        CliRunner.Running r = tail("--count", "2");
        fake.emit("Newchannel", "Privilege", "call,all", "Channel", "PJSIP/100-00000001", "Uniqueid", "1.1");
        fake.emit("Hangup", "Privilege", "call,all", "Channel", "PJSIP/100-00000001", "Cause", "16",
                "Cause-txt", "Normal Clearing");
        fake.emit("Newchannel", "Privilege", "call,all", "Channel", "PJSIP/200-00000002");
        CliRunner.Result res = r.await(10);
        assertEquals(0, res.code(), res::toString);
        List<String> lines = res.out().lines().toList();
        assertEquals(2, lines.size(), res::toString);
        assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} Newchannel +Channel=PJSIP/100-00000001.*"),
                lines.get(0));
        assertTrue(lines.get(1).contains("Hangup") && lines.get(1).contains("Cause=16")
                && lines.get(1).contains("Cause-txt=Normal Clearing"), lines.get(1));
    }

    @Test
    void jsonlKeepsEveryHeaderInOrderWithRepeatsAsArrays() throws Exception {
        CliRunner.Running r = tail("--format", "jsonl", "--count", "2");
        fake.emit("Hangup", "Privilege", "call,all", "Channel", "PJSIP/1", "Cause", "16");
        fake.emit("SomethingNew", "Privilege", "call,all", "ChanVariable", "a=1", "ChanVariable", "b=\"2\"",
                "X", "y");
        CliRunner.Result res = r.await(10);
        assertEquals(0, res.code(), res::toString);
        List<String> lines = res.out().lines().toList();
        assertEquals("{\"Event\":\"Hangup\",\"Privilege\":\"call,all\",\"Channel\":\"PJSIP/1\",\"Cause\":\"16\","
                + "\"_class\":\"HangupEvent\"}", lines.get(0));
        assertEquals("{\"Event\":\"SomethingNew\",\"Privilege\":\"call,all\",\"ChanVariable\":[\"a=1\",\"b=\\\"2\\\"\"],"
                + "\"X\":\"y\",\"_class\":\"AmiEvent\"}", lines.get(1));
    }

    @Test
    void filtersByNameGlobAndHeaderValue() throws Exception {
        CliRunner.Running r = tail("--event", "Queue*", "--event", "hangup", "--where", "Channel=PJSIP/*",
                "--count", "3", "--format", "jsonl");
        fake.emit("Newchannel", "Channel", "PJSIP/1");                 // name filtered out
        fake.emit("QueueCallerJoin", "Channel", "PJSIP/1", "Queue", "q1");
        fake.emit("QueueCallerJoin", "Channel", "Local/1@x", "Queue", "q1"); // header filtered out
        fake.emit("Hangup", "Channel", "PJSIP/2");
        fake.emit("QueueCallerLeave", "Channel", "PJSIP/3", "Queue", "q1");
        CliRunner.Result res = r.await(10);
        assertEquals(0, res.code(), res::toString);
        List<String> lines = res.out().lines().toList();
        assertEquals(3, lines.size(), res::toString);
        assertTrue(lines.get(0).contains("\"QueueCallerJoin\"") && lines.get(0).contains("PJSIP/1"));
        assertTrue(lines.get(1).contains("\"Hangup\""));
        assertTrue(lines.get(2).contains("\"QueueCallerLeave\""));
        assertFalse(res.out().contains("Local/1@x"));
    }

    @Test
    void durationEndsAQuietStream() {
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "tail", "--duration", "300ms"));
        assertEquals(0, res.code(), res::toString);
        assertEquals("", res.out());
    }

    @Test
    void badWhereIsAUsageError() {
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "tail", "--where", "nothing"));
        assertEquals(2, res.code(), res::toString);
        assertTrue(res.err().startsWith("amiable: invalid arguments: --where needs Header=value"), res.err());
    }
}
