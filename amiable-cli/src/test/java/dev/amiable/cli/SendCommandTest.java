package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendCommandTest {
    private FakeAsterisk fake;

    @BeforeEach
    void start() {
        fake = TestServers.start();
        fake.respond("CoreShowChannels", ListReply.of("Channels", "CoreShowChannelsComplete",
                Message.event("CoreShowChannel", "Channel", "PJSIP/100-00000001", "Duration", "00:00:12"),
                Message.event("CoreShowChannel", "Channel", "PJSIP/200-00000002", "Duration", "00:01:02")));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void plainActionPrintsResponseHeadersAndSendsTheGivenHeaders() throws Exception {
        fake.respond("QueuePause", Reply.success("Message", "Interface paused successfully"));
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "QueuePause",
                "Interface=PJSIP/100", "Paused=true", "Reason=lunch: late"));
        assertEquals(0, res.code(), res::toString);
        assertTrue(res.out().startsWith("Response: Success\n"), res.out());
        assertTrue(res.out().contains("Message: Interface paused successfully"), res.out());
        RecordedAction a = TestServers.awaitAction(fake, "QueuePause");
        assertEquals("PJSIP/100", a.get("Interface"));
        assertEquals("lunch: late", a.get("Reason"));
    }

    @Test
    void listActionPrintsATable() {
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "CoreShowChannels"));
        assertEquals(0, res.code(), res::toString);
        List<String> lines = res.out().lines().toList();
        assertEquals("Event            Channel             Duration", lines.get(0));
        assertEquals("CoreShowChannel  PJSIP/100-00000001  00:00:12", lines.get(1));
        assertEquals("CoreShowChannel  PJSIP/200-00000002  00:01:02", lines.get(2));
        assertEquals("(2 items)", lines.get(3));
    }

    @Test
    void mixedListAgainstTheSimulatedPbxGivesOneTablePerItemType() {
        try (FakeAsterisk pbx = FakeAsterisk.builder().queue("sales", "600", "Local/401@agents/n", "Local/402@agents/n")
                .build().start()) {
            CliRunner.Result res = CliRunner.run(CliRunner.at(pbx.port(), "send", "QueueStatus", "Queue=sales"));
            assertEquals(0, res.code(), res::toString);
            List<String> lines = res.out().lines().toList();
            assertTrue(lines.get(0).startsWith("Event        Queue"), res.out());
            assertTrue(lines.get(1).startsWith("QueueParams  sales"), res.out());
            assertEquals("", lines.get(2), res.out());
            assertTrue(lines.get(3).startsWith("Event        Queue"), res.out());
            assertEquals(2, lines.stream().filter(l -> l.startsWith("QueueMember  sales")).count(), res.out());
            assertEquals("(3 items)", lines.get(lines.size() - 1), res.out());
        }
    }

    @Test
    void forcedListWithJsonl() {
        fake.respond("MyList", ListReply.of("Things", "MyListComplete", Message.event("MyItem", "Name", "a")));
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "MyList", "--list", "--format", "jsonl"));
        assertEquals(0, res.code(), res::toString);
        String line = res.out().strip();
        assertTrue(line.startsWith("{\"Event\":\"MyItem\",\"ActionID\":"), line);
        assertTrue(line.endsWith("\"Name\":\"a\",\"_class\":\"AmiEvent\"}"), line);
    }

    @Test
    void errorResponseExitsFive() {
        fake.respond("Redirect", Reply.error("Channel not found"));
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "Redirect", "Channel=PJSIP/9"));
        assertEquals(5, res.code(), res::toString);
        assertTrue(res.out().contains("Response: Error"), res.out());
        assertEquals("amiable: action failed: Redirect failed: Channel not found\n", res.err());
    }

    @Test
    void listErrorExitsFive() {
        fake.respond("QueueStatus", Reply.error("Permission denied"));
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "QueueStatus"));
        assertEquals(5, res.code(), res::toString);
        assertTrue(res.err().startsWith("amiable: action failed: "), res.err());
    }

    @Test
    void noAnswerInTimeExitsSix() {
        fake.respond("Originate", Reply.none());
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "--timeout", "500ms", "Originate",
                "Channel=PJSIP/1"));
        assertEquals(6, res.code(), res::toString);
        assertTrue(res.err().startsWith("amiable: timeout: "), res.err());
    }

    @Test
    void headerWithoutEqualsIsAUsageError() {
        CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "send", "Ping", "oops"));
        assertEquals(2, res.code(), res::toString);
    }
}
