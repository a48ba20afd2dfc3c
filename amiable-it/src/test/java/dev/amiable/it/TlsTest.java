package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiConnectionException;
import dev.amiable.ConnectionState;
import dev.amiable.action.GenericAction;
import dev.amiable.testkit.FakeAsterisk;
import java.io.File;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {
    @TempDir
    File dir;

    @Test
    void connectsOverTlsWhenTheCertificateIsTrustedAndNamesTheHost() throws Exception {
        try (FakeAsterisk server = Servers.start();
             TlsProxy tls = new TlsProxy(dir, "dns:localhost,ip:127.0.0.1", server.port());
             AmiClient ami = AmiClient.connect(Servers.options(server).host("localhost").port(tls.port())
                     .tls(tls.trustingClientContext()).build())) {
            assertEquals(ConnectionState.CONNECTED, ami.state());
            assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess());
        }
    }

    @Test
    void hostnameVerificationIsOnByDefault() throws Exception {
        try (FakeAsterisk server = Servers.start();
             TlsProxy tls = new TlsProxy(dir, "dns:pbx.example.com", server.port())) {
            SSLContext trusting = tls.trustingClientContext();
            AmiConnectionException e = assertThrows(AmiConnectionException.class, () -> AmiClient.connect(
                    Servers.options(server).host("localhost").port(tls.port()).tls(trusting).build()));
            assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
            // turned off explicitly, the same certificate is accepted
            try (AmiClient ami = AmiClient.connect(Servers.options(server).host("localhost").port(tls.port())
                    .tls(trusting).hostnameVerification(false).build())) {
                assertEquals(ConnectionState.CONNECTED, ami.state());
            }
        }
    }

    @Test
    void anUntrustedCertificateIsAClearError() throws Exception {
        try (FakeAsterisk server = Servers.start();
             TlsProxy tls = new TlsProxy(dir, "dns:localhost", server.port())) {
            AmiConnectionException e = assertThrows(AmiConnectionException.class, () -> AmiClient.connect(
                    Servers.options(server).host("localhost").port(tls.port()).tls(SSLContext.getDefault()).build()));
            assertTrue(e.getMessage().contains("TLS handshake with tls://localhost:" + tls.port() + " failed"), e.getMessage());
        }
    }
}
