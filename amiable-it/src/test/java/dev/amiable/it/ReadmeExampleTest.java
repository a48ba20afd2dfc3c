package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.AmiResponse;
import dev.amiable.AuthType;
import dev.amiable.CommandOutput;
import dev.amiable.EventList;
import dev.amiable.action.CoreShowChannelsAction;
import dev.amiable.action.OriginateAction;
import dev.amiable.event.CoreShowChannelEvent;
import dev.amiable.event.HangupEvent;
import dev.amiable.event.OriginateResponseEvent;
import dev.amiable.testkit.FakeAsterisk;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's quick start, as written, against FakeAsterisk's simulated PBX. */
class ReadmeExampleTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    static dev.amiable.testkit.FakeAsteriskExtension ami = new dev.amiable.testkit.FakeAsteriskExtension();

    @Test
    void hangsUp(FakeAsterisk server) throws Exception {
        server.onAction("Hangup", (action, session) -> dev.amiable.testkit.Reply.success("Message", "Channel Hungup"));
        try (AmiClient client = AmiClient.connect(AmiOptions.builder()
                .port(server.port()).username("admin").secret("amp111").build())) {
            client.send(dev.amiable.action.HangupAction.builder().channel("PJSIP/100-00000001").build()).get();
        }
        server.takeAction(java.time.Duration.ofSeconds(1));          // the Login
        assertEquals("PJSIP/100-00000001", server.takeAction(java.time.Duration.ofSeconds(1)).get("Channel"));
    }

    @Test
    void quickStartWorksAsShown() throws Exception {
        try (FakeAsterisk server = Servers.start()) {
            AmiOptions options = AmiOptions.builder()
                    .host("127.0.0.1").port(server.port())
                    .username("admin").secret("amp111").authType(AuthType.MD5)
                    .build();
            LinkedBlockingQueue<HangupEvent> hangups = new LinkedBlockingQueue<>();
            LinkedBlockingQueue<OriginateResponseEvent> originated = new LinkedBlockingQueue<>();
            try (AmiClient ami = AmiClient.connect(options)) {
                ami.addListener(HangupEvent.class, hangups::add);
                ami.addListener(OriginateResponseEvent.class, originated::add);
                ami.addListener(event -> assertTrue(event.name() != null));
                AmiResponse r = ami.send(OriginateAction.builder()
                        .channel("Local/100@demo").context("demo").exten("200").priority(1)
                        .variable("CUSTOMER", "42").async(true).build()).get(5, TimeUnit.SECONDS);
                assertTrue(r.isSuccess(), r.toString());
                OriginateResponseEvent done = originated.poll(10, TimeUnit.SECONDS);
                assertEquals(r.actionId(), done.actionId());
                EventList<CoreShowChannelEvent> channels =
                        ami.sendForList(new CoreShowChannelsAction()).get(5, TimeUnit.SECONDS);
                assertTrue(channels.countMatches());
                for (CoreShowChannelEvent c : channels.items()) {
                    assertTrue(c.channel() != null);
                }
                CommandOutput version = ami.command("core show version").join();
                assertTrue(version.text().startsWith("Asterisk"), version.text());
                var action = server.takeAction(Servers.WAIT);
                while (!action.name().equals("Originate")) {
                    action = server.takeAction(Servers.WAIT);
                }
                assertEquals("CUSTOMER=42", action.get("Variable"));
                assertEquals("true", action.get("Async"));
            }
        }
    }
}
