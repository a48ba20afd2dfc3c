package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiAuthenticationException;
import dev.amiable.AmiClient;
import dev.amiable.AmiConnectionException;
import dev.amiable.AmiProtocolException;
import dev.amiable.AuthType;
import dev.amiable.ConnectionState;
import dev.amiable.ReconnectPolicy;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoginTest {

    @Test
    void plainLoginSendsUserSecretAndEventMaskThenSeesFullyBooted() throws Exception {
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connect(Servers.options(server).eventMask("call,system").build())) {
            RecordedAction login = server.takeAction(Servers.WAIT);
            assertEquals("Login", login.name());
            assertEquals("admin", login.get("Username"));
            assertEquals("amp111", login.get("Secret"));
            assertEquals("call,system", login.get("Events"));
            assertNotNull(login.actionId());
            AmiEvent booted = ami.fullyBooted().get(5, TimeUnit.SECONDS);
            assertEquals("Fully Booted", booted.get("Status"));
            assertEquals(ConnectionState.CONNECTED, ami.state());
            assertEquals("11.0.0", ami.amiVersion());
        }
    }

    @Test
    void listenersAddedInSetupSeeTheFirstEventAfterLogin() throws Exception {
        java.util.concurrent.LinkedBlockingQueue<AmiEvent> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connect(Servers.options(server).build(), c -> c.addListener(seen::add))) {
            assertEquals("FullyBooted", seen.poll(5, TimeUnit.SECONDS).name());
        }
    }

    @Test
    void md5LoginNeverSendsTheSecret() throws Exception {
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connect(Servers.options(server).authType(AuthType.MD5).build())) {
            RecordedAction challenge = server.takeAction(Servers.WAIT);
            assertEquals("Challenge", challenge.name());
            assertEquals("MD5", challenge.get("AuthType"));
            RecordedAction login = server.takeAction(Servers.WAIT);
            assertEquals("MD5", login.get("AuthType"));
            assertNull(login.get("Secret"));
            assertEquals(32, login.get("Key").length());
            assertFalse(login.rawText().contains("amp111"));
            assertEquals(ConnectionState.CONNECTED, ami.state());
        }
    }

    @Test
    void wrongSecretFailsWithinTheServersAnswerTimeAndIsNotRetried() throws Exception {
        try (FakeAsterisk server = Servers.fast().failedLoginDelay(Duration.ofMillis(300)).build().start()) {
            long t0 = System.nanoTime();
            AmiAuthenticationException e = assertThrows(AmiAuthenticationException.class, () -> AmiClient.connect(
                    Servers.options(server).secret("wrong-pw-123").reconnect(ReconnectPolicy.DEFAULT).build()));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(ms >= 250 && ms < 3000, "answered after the server's delay: " + ms + " ms");
            assertTrue(e.getMessage().contains("Authentication failed"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong-pw-123"));
            assertEquals("Login", server.takeAction(Servers.WAIT).name());
            assertNull(server.takeAction(Duration.ofMillis(300)), "no second login attempt");
        }
    }

    @Test
    void md5WrongSecretIsAnAuthenticationFailure() throws Exception {
        try (FakeAsterisk server = Servers.start()) {
            assertThrows(AmiAuthenticationException.class, () -> AmiClient.connect(
                    Servers.options(server).authType(AuthType.MD5).secret("nope").build()));
        }
    }

    @Test
    void refusedPortIsAConnectionError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int closed = port;
        AmiConnectionException e = assertThrows(AmiConnectionException.class, () -> AmiClient.connect(
                dev.amiable.AmiOptions.builder().port(closed).username("a").secret("b").build()));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void aServerThatIsNotAmiIsAProtocolError() throws Exception {
        try (ServerSocket http = new ServerSocket(0)) {
            Thread t = new Thread(() -> {
                try (Socket s = http.accept()) {
                    OutputStream out = s.getOutputStream();
                    out.write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    s.getInputStream().read();
                } catch (Exception ignored) {
                    // test peer
                }
            });
            t.start();
            AmiProtocolException e = assertThrows(AmiProtocolException.class, () -> AmiClient.connect(
                    dev.amiable.AmiOptions.builder().port(http.getLocalPort()).username("a").secret("b").build()));
            assertTrue(e.getMessage().contains("not an AMI server") && e.getMessage().contains("SSH-2.0"), e.getMessage());
            t.join(5000);
        }
    }

    @Test
    void optionsAndClientNeverShowTheSecret() throws Exception {
        try (FakeAsterisk server = Servers.start();
             AmiClient ami = AmiClient.connect(Servers.options(server).build())) {
            assertFalse(Servers.options(server).build().toString().contains("amp111"));
            assertFalse(ami.toString().contains("amp111"));
            assertFalse(dev.amiable.action.GenericAction.builder("Login").header("Secret", "amp111").build()
                    .toString().contains("amp111"));
        }
    }
}
