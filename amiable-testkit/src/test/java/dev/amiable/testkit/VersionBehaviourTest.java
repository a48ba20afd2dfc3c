package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionBehaviourTest {

    @ParameterizedTest
    @CsvSource({
        "1.0, Response: Pong, Response: Events On, Response: Follows",
        "1.1, Response: Success, Response: Success, Response: Follows",
        "2.10.5, Response: Success, Response: Success, Response: Follows",
        "3.0.0, Response: Success, Response: Success, Response: Success",
        "11.0.0, Response: Success, Response: Success, Response: Success",
        "13.0.0, Response: Success, Response: Success, Response: Success",
    })
    void behaviourFollowsTheAmiVersion(String version, String ping, String events, String command) throws Exception {
        try (FakeAsterisk server = FakeAsterisk.builder().amiVersion(version).build().start();
             RawClient c = new RawClient(server)) {
            assertEquals("Asterisk Call Manager/" + version, c.readLine());
            c.send("Action", "Login", "Username", "admin", "Secret", "amp111", "Events", "off");
            c.readMessage();
            c.send("Action", "Ping");
            assertEquals(ping, c.readMessage().get(0));
            c.send("Action", "Events", "EventMask", "on");
            List<String> ev = c.readMessage();
            assertEquals(events, ev.get(0));
            c.send("Action", "Events", "EventMask", "off"); // and back, so no FullyBooted-like noise follows
            c.readMessage();
            c.send("Action", "Command", "Command", "core show uptime");
            List<List<String>> out = c.readUntil(command);
            List<String> last = out.get(out.size() - 1);
            assertEquals(command, last.get(0));
            if (command.endsWith("Follows")) {
                assertEquals("--END COMMAND--", last.get(last.size() - 1));
            }
        }
    }
}
