package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiResponse;
import dev.amiable.AmiTimeoutException;
import dev.amiable.Registration;
import dev.amiable.action.GenericAction;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Reply;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link AmiClient#addActionListener}: one report per action, with its time and how it ended. */
class ActionListenerTest {
    record Done(String action, long nanos, AmiResponse response, Throwable failure) {
    }

    @Test
    void reportsEachActionOnceWithItsAnswerOrFailure() throws Exception {
        try (FakeAsterisk server = Servers.start(); AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            server.respond("WaitEvent", Reply.none());
            LinkedBlockingQueue<Done> done = new LinkedBlockingQueue<>();
            ami.addActionListener((a, n, r, f) -> {
                throw new IllegalStateException("a failing listener changes nothing");
            });
            Registration reg = ami.addActionListener((a, n, r, f) -> done.add(new Done(a, n, r, f)));

            assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess());
            Done ping = done.poll(5, TimeUnit.SECONDS);
            assertEquals("Ping", ping.action());
            assertTrue(ping.nanos() > 0);
            assertTrue(ping.response().isSuccess());
            assertNull(ping.failure());

            ami.send(GenericAction.of("WaitEvent"), Duration.ofMillis(50));
            Done late = done.poll(5, TimeUnit.SECONDS);
            assertInstanceOf(AmiTimeoutException.class, late.failure());
            assertNull(late.response());

            reg.close();
            LinkedBlockingQueue<String> later = new LinkedBlockingQueue<>();
            ami.addActionListener((a, n, r, f) -> later.add(a));   // listeners are called in order
            ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS);
            assertEquals("Ping", later.poll(5, TimeUnit.SECONDS));
            assertTrue(done.isEmpty(), "no report after the registration closed");
        }
    }
}
