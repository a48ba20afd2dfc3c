package dev.amiable.it;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS front for a plain FakeAsterisk, with a self-signed certificate made by the JDK's keytool
 * in the test: what stunnel does in front of a real Asterisk's 5038.
 */
final class TlsProxy implements AutoCloseable {
    private final SSLServerSocket server;
    private final KeyStore keys;
    private final Thread acceptor;

    TlsProxy(File dir, String san, int targetPort) throws Exception {
        File ks = new File(dir, "server.p12");
        Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/keytool", "-genkeypair",
                "-alias", "ami", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=amiable-test",
                "-ext", "SAN=" + san, "-storetype", "PKCS12", "-keystore", ks.getPath(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + new String(p.getInputStream().readAllBytes()));
        }
        keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(ks)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        server = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    pipe(client, target);
                    pipe(target, client);
                } catch (IOException e) {
                    return;
                }
            }
        }, "tls-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    to.close();
                    from.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }, "tls-pipe");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** A client context that trusts exactly this proxy's certificate. */
    SSLContext trustingClientContext() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ami", keys.getCertificate("ami"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
