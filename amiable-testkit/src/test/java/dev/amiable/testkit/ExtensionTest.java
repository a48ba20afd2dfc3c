package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionTest {
    @RegisterExtension
    final FakeAsteriskExtension ami = new FakeAsteriskExtension(b -> b.amiVersion("5.0.1").user("u", "p"));

    private FakeAsterisk fromBeforeEach;

    @BeforeEach
    void setUp(FakeAsterisk server) {
        fromBeforeEach = server;
    }

    @Test
    void injectsTheSameStartedServerEverywhere(FakeAsterisk server) throws Exception {
        assertSame(server, fromBeforeEach);
        assertSame(server, ami.server());
        try (RawClient c = new RawClient(server)) {
            assertEquals("Asterisk Call Manager/5.0.1", c.readLine());
        }
    }
}
