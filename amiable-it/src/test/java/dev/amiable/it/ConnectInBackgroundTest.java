package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiAuthenticationException;
import dev.amiable.AmiClient;
import dev.amiable.AmiConnectionException;
import dev.amiable.ConnectionState;
import dev.amiable.ReconnectPolicy;
import dev.amiable.action.GenericAction;
import dev.amiable.testkit.FakeAsterisk;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link AmiClient#connectInBackground}: an application that starts while the PBX is down. */
class ConnectInBackgroundTest {
    private static final ReconnectPolicy QUICK = ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100));

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void keepsTryingUntilTheServerComesUpThenWorksLikeAnyClient() throws Exception {
        int port = freePort();
        StateRecorder states = new StateRecorder();
        try (AmiClient ami = AmiClient.connectInBackground(Servers.options(port).reconnect(QUICK).build(),
                c -> c.addConnectionListener(states))) {
            assertInstanceOf(AmiConnectionException.class, states.next(ConnectionState.RECONNECTING, Servers.WAIT).cause());
            assertThrows(AmiConnectionException.class, () -> ami.send(GenericAction.of("Ping")));
            try (FakeAsterisk server = Servers.fast().port(port).build().start()) {
                states.next(ConnectionState.CONNECTED, Servers.WAIT);
                assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess());
                assertEquals(0, ami.stats().reconnects(), "the first login is not a reconnection");
            }
        }
    }

    @Test
    void withReconnectOffTheFirstFailureClosesTheClient() throws Exception {
        StateRecorder states = new StateRecorder();
        try (AmiClient ami = AmiClient.connectInBackground(Servers.options(freePort()).build(),
                c -> c.addConnectionListener(states))) {
            states.next(ConnectionState.CLOSED, Servers.WAIT);
            assertEquals(ConnectionState.CLOSED, ami.state());
        }
    }

    @Test
    void aRefusedLoginClosesTheClientWithoutRetrying() throws Exception {
        StateRecorder states = new StateRecorder();
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connectInBackground(Servers.options(server).secret("wrong").reconnect(QUICK).build(),
                     c -> c.addConnectionListener(states))) {
            assertInstanceOf(AmiAuthenticationException.class, states.next(ConnectionState.CLOSED, Servers.WAIT).cause());
        }
    }
}
