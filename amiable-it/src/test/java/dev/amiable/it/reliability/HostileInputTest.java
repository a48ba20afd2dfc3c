package dev.amiable.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiException;
import dev.amiable.AmiOptions;
import dev.amiable.AmiProtocolException;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hostile or broken server input: inside a session a bad message is skipped, reported to
 * {@link ConnectionListener#onProtocolError} and the connection goes on; a peer that is not AMI
 * fails the connect at once with {@link AmiProtocolException}.
 */
class HostileInputTest {
    /** Small limits: 256-byte lines, 16 lines, 4 KiB per message, 64 KiB of command output. */
    private static final AmiOptions.Limits SMALL = new AmiOptions.Limits(256, 16, 4096, 64 * 1024);

    private record Session(FakeAsterisk server, AmiClient ami, LinkedBlockingQueue<AmiEvent> events,
            LinkedBlockingQueue<AmiProtocolException> errors) implements AutoCloseable {
        @Override
        public void close() {
            ami.close();
            server.close();
        }

        /** Emits a good event and waits for it, proving the stream resynchronised. */
        void provesAlive(String marker) throws Exception {
            server.emit("UserEvent", "Privilege", "user,all", "UserEvent", marker);
            AmiEvent e;
            do {
                e = events.poll(10, TimeUnit.SECONDS);
            } while (e != null && !marker.equals(e.get("UserEvent")));
            assertNotNull(e, "the event after the bad input arrived");
            assertEquals(ConnectionState.CONNECTED, ami.state());
            assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess());
        }

        AmiProtocolException nextError() throws InterruptedException {
            AmiProtocolException e = errors.poll(10, TimeUnit.SECONDS);
            assertNotNull(e, "a protocol error was reported");
            return e;
        }
    }

    private static Session open() {
        FakeAsterisk server = Rig.fast().build().start();
        AmiClient ami = AmiClient.connect(Rig.options(server).limits(SMALL).build());
        LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<AmiProtocolException> errors = new LinkedBlockingQueue<>();
        ami.addListener(events::add);
        ami.addConnectionListener(new ConnectionListener() {
            @Override
            public void onProtocolError(AmiProtocolException error) {
                errors.add(error);
            }
        });
        return new Session(server, ami, events, errors);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void anOverLongLineIsSkippedAndReported() throws Exception {
        try (Session s = open()) {
            s.server().emitRaw(ascii("Event: Big\r\nData: " + "a".repeat(100_000) + "\r\nMore: x\r\n\r\n"));
            AmiProtocolException e = s.nextError();
            assertTrue(e.getMessage().contains("line longer than 256"), e.getMessage());
            assertTrue(e.getMessage().length() < 400, "a short preview, not the whole line: " + e.getMessage().length());
            s.provesAlive("after-long-line");
            assertEquals(1, s.ami().stats().protocolErrors());
        }
    }

    @Test
    void aHeaderFloodIsSkippedAndReported() throws Exception {
        try (Session s = open()) {
            StringBuilder sb = new StringBuilder("Event: Flood\r\n");
            for (int i = 0; i < 10_000; i++) {
                sb.append("H").append(i).append(": v\r\n");
            }
            s.server().emitRaw(ascii(sb.append("\r\n").toString()));
            assertTrue(s.nextError().getMessage().contains("more than 16 lines"));
            s.provesAlive("after-flood");
        }
    }

    @Test
    void aNeverEndingMessageIsCutAtTheSizeLimitAndTheStreamResynchronises() throws Exception {
        try (Session s = open()) {
            // 2 MiB of valid-looking output lines with no blank line, then the end of that message:
            // output lines count against the command output limit only
            String line = "Output: " + "z".repeat(200) + "\r\n";
            StringBuilder sb = new StringBuilder("Response: Success\r\n");
            byte[] chunk = ascii(line.repeat(64));
            s.server().emitRaw(ascii(sb.toString()));
            for (int i = 0; i < 2 * 1024 * 1024 / chunk.length; i++) {
                s.server().emitRaw(chunk);
            }
            s.server().emitRaw(ascii("\r\n"));
            AmiProtocolException e = s.nextError();
            assertTrue(e.getMessage().contains("command output larger than 65536 bytes"), e.getMessage());
            s.provesAlive("after-endless");
        }
    }

    @Test
    void invalidUtf8IsDecodedLenientlyNotRefused() throws Exception {
        try (Session s = open()) {
            byte[] head = ascii("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: bad-utf8\r\nName: ");
            byte[] bad = {(byte) 0xff, (byte) 0xfe, 'o', 'k', (byte) 0xc3, (byte) 0x28, (byte) 0xe2, (byte) 0x82};
            byte[] tail = ascii("\r\n\r\n");
            byte[] all = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(bad, 0, all, head.length, bad.length);
            System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
            s.server().emitRaw(all);
            AmiEvent e = s.events().poll(10, TimeUnit.SECONDS);
            while (e != null && !"bad-utf8".equals(e.get("UserEvent"))) {
                e = s.events().poll(10, TimeUnit.SECONDS);
            }
            assertNotNull(e);
            String name = e.get("Name");
            assertTrue(name.contains("ok") && name.contains("\uFFFD"), name);
            s.provesAlive("after-utf8");
            assertEquals(0, s.ami().stats().protocolErrors());
        }
    }

    @Test
    void anHttpServerIsNotMistakenForAsterisk() throws Exception {
        AmiException e = againstFakePeer("HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n", true);
        assertInstanceOf(AmiProtocolException.class, e);
        assertTrue(e.getMessage().contains("not an AMI server") && e.getMessage().contains("HTTP/1.1 400"), e.getMessage());
    }

    @Test
    void anSshServerIsNotMistakenForAsteriskAndFailsFast() throws Exception {
        long t0 = System.nanoTime();
        AmiException e = againstFakePeer("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n", false);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertInstanceOf(AmiProtocolException.class, e);
        assertTrue(e.getMessage().contains("SSH-2.0"), e.getMessage());
        assertTrue(ms < 5000, "refused at the greeting, not after the 10 s connect timeout: " + ms + " ms");
    }

    @Test
    void bannerAloneThenGarbageForeverKeepsMemoryBoundedAndFailsTheConnect() throws Exception {
        // a peer that greets like Asterisk, then streams an endless line instead of answering Login
        try (ServerSocket ss = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CountDownLatch done = new CountDownLatch(1);
            Thread peer = new Thread(() -> {
                try (Socket c = ss.accept(); OutputStream out = c.getOutputStream()) {
                    out.write(ascii("Asterisk Call Manager/11.0.0\r\n"));
                    byte[] junk = ascii("x".repeat(8192));
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (done.getCount() > 0 && System.nanoTime() < end) {
                        out.write(junk);
                    }
                } catch (Exception ignored) {
                    // client went away
                }
            }, "hostile-peer");
            peer.setDaemon(true);
            peer.start();
            AmiException e = assertThrows(AmiException.class, () -> AmiClient.connect(Rig.options(ss.getLocalPort())
                    .limits(SMALL).connectTimeout(Duration.ofSeconds(2)).actionTimeout(Duration.ofSeconds(2)).build()));
            done.countDown();
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), String.valueOf(e));
            peer.join(5000);
        }
    }

    @Test
    void aTlsClientAtAPlainAmiPortFailsClearlyAndFast() throws Exception {
        try (FakeAsterisk server = Rig.fast().build().start()) {
            long t0 = System.nanoTime();
            AmiException e = assertThrows(AmiException.class, () -> AmiClient.connect(Rig.options(server)
                    .tls(javax.net.ssl.SSLContext.getDefault()).build()));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(e.getMessage().contains("TLS"), e.getMessage());
            assertTrue(ms < 5000, "refused at the handshake, not after the connect timeout: " + ms + " ms");
        }
    }

    /** Connects to a loopback peer that writes {@code greeting} (then closes, or stays silent). */
    private static AmiException againstFakePeer(String greeting, boolean closeAfter) throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CountDownLatch release = new CountDownLatch(1);
            Thread peer = new Thread(() -> {
                try (Socket c = ss.accept()) {
                    c.getOutputStream().write(ascii(greeting));
                    c.getOutputStream().flush();
                    if (!closeAfter) {
                        release.await(15, TimeUnit.SECONDS);
                    }
                } catch (Exception ignored) {
                    // client went away
                }
            }, "fake-peer");
            peer.setDaemon(true);
            peer.start();
            try {
                return assertThrows(AmiException.class, () -> AmiClient.connect(Rig.options(ss.getLocalPort()).build()));
            } finally {
                release.countDown();
                peer.join(5000);
            }
        }
    }
}
