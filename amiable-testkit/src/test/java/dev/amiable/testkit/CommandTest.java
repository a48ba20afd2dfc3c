package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommandTest {
    private FakeAsterisk server;

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void modernFormatUsesOutputHeaders() throws Exception {
        server = FakeAsterisk.builder().command("queue show support", "line one\nline: two\n").build().start();
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Command", "ActionID", "c", "Command", "queue show support");
            assertEquals("Response: Success\r\nActionID: c\r\nMessage: Command output follows\r\n"
                    + "Output: line one\r\nOutput: line: two\r\nOutput: \r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void builtInCommandsAnswer() throws Exception {
        server = FakeAsterisk.create().start();
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Command", "Command", "core show version");
            List<String> r = c.readMessage();
            assertTrue(r.get(2).startsWith("Output: Asterisk 22.10.1 built by"), r.get(2));
            c.send("Action", "Command", "Command", "core show uptime");
            r = c.readMessage();
            assertTrue(r.get(2).startsWith("Output: System uptime: "), r.toString());
            assertTrue(r.get(3).startsWith("Output: Last reload: "), r.toString());
            c.send("Action", "Command", "Command", "core show channels");
            r = c.readMessage();
            assertEquals(List.of("Output: 0 active channels", "Output: 0 active calls", "Output: 0 calls processed"),
                    r.subList(3, 6));
        }
    }

    @Test
    void unknownAndEmptyCommandsLikeAsterisk22() throws Exception {
        server = FakeAsterisk.create().start();
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Command", "ActionID", "command-12", "Command", "no such command");
            assertEquals("Response: Error\r\nActionID: command-12\r\nMessage: Command output follows\r\n"
                    + "Output: No such command 'no such command' (type 'core show help no such' for other possible commands)"
                    + "\r\n\r\n", c.readMessageText());
            c.send("Action", "Command", "ActionID", "command-13", "Command", "");
            assertEquals("Response: Error\r\nActionID: command-13\r\nMessage: No command provided\r\n\r\n",
                    c.readMessageText());
        }
    }

    @Test
    void legacyFormatBeforeAmi3() throws Exception {
        server = FakeAsterisk.builder().amiVersion("2.10.5").command("sip show peers", "Name/username\n\n1 sip peers")
                .build().start();
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Command", "ActionID", "x", "Command", "sip show peers");
            String expected = "Response: Follows\r\nPrivilege: Command\r\nActionID: x\r\n"
                    + "Name/username\n\n1 sip peers\n--END COMMAND--\r\n\r\n";
            assertEquals(expected, c.readBytes(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        }
    }
}
