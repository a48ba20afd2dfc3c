package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiAuthenticationException;
import dev.amiable.AmiClient;
import dev.amiable.AmiConnectionException;
import dev.amiable.AmiResponse;
import dev.amiable.ConnectionState;
import dev.amiable.ReconnectPolicy;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Fault;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReconnectTest {
    private static final ReconnectPolicy QUICK = ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(200));

    private static List<RecordedAction> drain(FakeAsterisk server) throws InterruptedException {
        List<RecordedAction> out = new ArrayList<>();
        for (RecordedAction a = server.takeAction(Duration.ofMillis(300)); a != null;
             a = server.takeAction(Duration.ofMillis(300))) {
            out.add(a);
        }
        return out;
    }

    @Test
    void afterARestartTheClientLogsInAgainReappliesMaskAndFiltersKeepsListenersAndResendsNothing() throws Exception {
        FakeAsterisk server = Servers.start();
        server.onAction("Filter", (a, s) -> dev.amiable.testkit.Reply.success("Message", "Filter Added Successfully"));
        try (server;
             AmiClient ami = AmiClient.connect(Servers.options(server).reconnect(QUICK).eventMask("call,user")
                     .filter("Event: Hangup").build())) {
            StateRecorder states = new StateRecorder();
            ami.addConnectionListener(states);
            LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
            ami.addListener(events::add);
            assertTrue(ami.addFilter("Event: UserEvent").get(5, TimeUnit.SECONDS).isSuccess());
            server.fault(Fault.noResponse("UserEvent"));
            CompletableFuture<AmiResponse> inFlight = ami.send(GenericAction.builder("UserEvent")
                    .header("UserEvent", "pending").build());
            List<RecordedAction> before = drain(server);
            assertEquals(List.of("Login", "Filter", "Filter", "UserEvent"), before.stream().map(RecordedAction::name).toList());
            server.clearFaults();

            server.fault(Fault.restart());
            ExecutionException lost = assertThrows(ExecutionException.class, () -> inFlight.get(5, TimeUnit.SECONDS));
            assertInstanceOf(AmiConnectionException.class, lost.getCause());
            states.next(ConnectionState.RECONNECTING, Servers.WAIT);
            states.next(ConnectionState.CONNECTED, Servers.WAIT);

            List<RecordedAction> after = drain(server);
            assertEquals(List.of("Login", "Filter", "Filter"), after.stream().map(RecordedAction::name).toList(),
                    "logged in again, filters again, the lost UserEvent not re-sent");
            assertEquals("call,user", after.get(0).get("Events"));
            assertEquals("Event: Hangup", after.get(1).get("Filter"));
            assertEquals("Event: UserEvent", after.get(2).get("Filter"));

            server.emit("UserEvent", "Privilege", "user,all", "UserEvent", "after-restart");
            AmiEvent e;
            do {
                e = events.poll(5, TimeUnit.SECONDS);
            } while (e != null && !"after-restart".equals(e.get("UserEvent")));
            assertTrue(e != null, "listener kept across the reconnect");
            assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess());
            assertEquals(1, ami.stats().reconnects());
        }
    }

    @Test
    void aHalfOpenConnectionIsFoundByTheKeepAliveDeadline() throws Exception {
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connect(Servers.options(server).reconnect(QUICK)
                     .keepAlive(Duration.ofMillis(100), Duration.ofMillis(300)).build())) {
            StateRecorder states = new StateRecorder();
            ami.addConnectionListener(states);
            server.fault(Fault.stall());
            StateRecorder.Change c = states.next(ConnectionState.RECONNECTING, Servers.WAIT);
            assertTrue(c.cause().getMessage().contains("keep-alive"), c.cause().getMessage());
            server.clearFaults();
            states.next(ConnectionState.CONNECTED, Servers.WAIT);
        }
    }

    @Test
    void serverClosingWithReconnectOffClosesTheClientWithTheCause() throws Exception {
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            StateRecorder states = new StateRecorder();
            ami.addConnectionListener(states);
            server.fault(Fault.closeMidMessage());
            server.emit("Anything", "Privilege", "user,all", "Data", "x");
            StateRecorder.Change c = states.next(ConnectionState.CLOSED, Servers.WAIT);
            assertInstanceOf(AmiConnectionException.class, c.cause());
            assertThrows(AmiConnectionException.class, () -> ami.send(GenericAction.of("Ping")));
        }
    }

    @Test
    void aWrongPasswordAfterRestartStopsRetryingWithAClearError() throws Exception {
        FakeAsterisk first = Servers.start();
        int port = first.port();
        AmiClient ami = AmiClient.connect(Servers.options(first).reconnect(QUICK).build());
        StateRecorder states = new StateRecorder();
        ami.addConnectionListener(states);
        first.close();
        states.next(ConnectionState.RECONNECTING, Servers.WAIT);
        try (FakeAsterisk second = FakeAsterisk.builder().port(port).user("admin", "changed")
                .failedLoginDelay(Duration.ZERO).build().start()) {
            StateRecorder.Change c = states.next(ConnectionState.CLOSED, Duration.ofSeconds(10));
            assertInstanceOf(AmiAuthenticationException.class, c.cause());
            assertTrue(c.cause().getMessage().contains("refused"), c.cause().getMessage());
            assertEquals("Login", second.takeAction(Servers.WAIT).name());
            assertNull(second.takeAction(Duration.ofMillis(500)), "no further login attempts");
            assertEquals(ConnectionState.CLOSED, ami.state());
        } finally {
            ami.close();
        }
    }
}
