package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.FakeAsterisk;
import org.junit.jupiter.api.Test;

class CommandCommandTest {
    @Test
    void printsTheOutputLines() {
        try (FakeAsterisk fake = TestServers.start()) {
            fake.command("core show channels", "Channel              Location\n0 active channels\n0 active calls");
            CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "command", "core", "show", "channels"));
            assertEquals(0, res.code(), res::toString);
            assertEquals("Channel              Location\n0 active channels\n0 active calls\n", res.out());
        }
    }

    @Test
    void legacyFollowsFormatToo() {
        try (FakeAsterisk fake = FakeAsterisk.builder().legacyCommandOutput(true).build().start()) {
            fake.command("core show uptime", "System uptime: 1 hour");
            CliRunner.Result res = CliRunner.run(CliRunner.at(fake.port(), "command", "core show uptime"));
            assertEquals(0, res.code(), res::toString);
            assertTrue(res.out().contains("System uptime: 1 hour"), res.out());
        }
    }
}
