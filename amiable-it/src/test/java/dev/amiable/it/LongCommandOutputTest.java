package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.AmiProtocolException;
import dev.amiable.CommandOutput;
import dev.amiable.action.GenericAction;
import dev.amiable.testkit.FakeAsterisk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code command()} returns outputs far longer than the header limit in both formats (AMI 11.0.0
 * answers with {@code Output:} headers, 1.1 with {@code Response: Follows}); over the output byte
 * limit it fails at once with an error naming the limit, and the connection goes on.
 */
class LongCommandOutputTest {
    private static String output(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(i % 50 == 0 ? "" : "[ctx-" + i + "]  'exten' =>  1. Dial(PJSIP/" + i + ": x)  ");
        }
        return String.join("\n", lines);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.0.0", "1.1"})
    void sixThousandLinesComeBackLineForLine(String amiVersion) throws Exception {
        String text = output(6000);
        try (FakeAsterisk server = Servers.fast().amiVersion(amiVersion).build().start();
             AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            server.command("dialplan show", text);
            CommandOutput out = ami.command("dialplan show").get(10, TimeUnit.SECONDS);
            assertEquals(6000, out.lines().size());
            assertEquals(text, out.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.0.0", "1.1"})
    void overTheByteLimitTheActionFailsAtOnceAndTheConnectionGoesOn(String amiVersion) throws Exception {
        try (FakeAsterisk server = Servers.fast().amiVersion(amiVersion).build().start();
             AmiClient ami = AmiClient.connect(Servers.options(server)
                     .limits(new AmiOptions.Limits(64 * 1024, 4096, 4 * 1024 * 1024, 100_000)).build())) {
            server.command("dialplan show", output(20_000)); // about 1 MB
            server.command("core show version", "Asterisk 1.8.32.3");
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> ami.command("dialplan show").get(5, TimeUnit.SECONDS)); // the action timeout is 30 s
            assertInstanceOf(AmiProtocolException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("maxCommandOutputBytes"), e.getCause().getMessage());
            assertEquals(List.of("Asterisk 1.8.32.3"), ami.command("core show version").get(5, TimeUnit.SECONDS).lines());
            assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess());
        }
    }
}
