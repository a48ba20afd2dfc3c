package dev.amiable.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiAuthenticationException;
import dev.amiable.AmiClient;
import dev.amiable.AmiException;
import dev.amiable.AmiOptions;
import dev.amiable.AuthType;
import dev.amiable.ConnectionState;
import dev.amiable.ReconnectPolicy;
import dev.amiable.action.GenericAction;
import dev.amiable.testkit.FakeAsterisk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A distinctive secret must never appear in anything a failing login produces: log records at
 * every level (System.Logger's default backend is java.util.logging), System.err, exception
 * messages and stack traces, and the toString of options, client, actions and stats.
 */
class SecretLeakTest {
    private static final String SECRET = "Zebra-7731-Unguessable";

    private final List<String> logs = Collections.synchronizedList(new ArrayList<>());
    private final List<String> texts = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Handler handler;
    private Level rootLevel;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        SimpleFormatter f = new SimpleFormatter();
        handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logs.add(f.format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(handler);
        savedErr = System.err;
        System.setErr(new PrintStream(new TeeStream(savedErr, err), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        root.setLevel(rootLevel);
        System.setErr(savedErr);
    }

    private void collect(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        texts.add(sw.toString());
        texts.add(String.valueOf(t));
    }

    private AmiOptions.Builder options(FakeAsterisk server) {
        return Rig.options(server).secret(SECRET);
    }

    @Test
    void noFailingLoginRevealsTheSecret() throws Exception {
        // 1. plain login, wrong secret
        try (FakeAsterisk server = Rig.fast().build().start()) {
            AmiOptions o = options(server).build();
            texts.add(o.toString());
            collect(assertThrows(AmiAuthenticationException.class, () -> AmiClient.connect(o)));
        }
        // 2. MD5 login, wrong secret
        try (FakeAsterisk server = Rig.fast().build().start()) {
            AmiOptions o = options(server).authType(AuthType.MD5).build();
            texts.add(o.toString());
            collect(assertThrows(AmiAuthenticationException.class, () -> AmiClient.connect(o)));
        }
        // 3. accepted, then refused on reconnect after the server comes back with another secret
        FakeAsterisk first = FakeAsterisk.builder().user("admin", SECRET).failedLoginDelay(Duration.ZERO).build().start();
        int port = first.port();
        AmiClient ami = AmiClient.connect(options(first)
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(10), Duration.ofMillis(50))).build());
        Rig.States states = new Rig.States();
        ami.addConnectionListener(states);
        texts.add(ami.toString());
        first.close();
        states.await(ConnectionState.RECONNECTING, Rig.WAIT);
        try (FakeAsterisk second = FakeAsterisk.builder().port(port).user("admin", "other")
                .failedLoginDelay(Duration.ZERO).build().start()) {
            Rig.States.Change c = states.await(ConnectionState.CLOSED, Rig.WAIT);
            assertInstanceOf(AmiAuthenticationException.class, c.cause());
            collect(c.cause());
            texts.add(ami.toString());
            texts.add(ami.stats().toString());
            collect(assertThrows(AmiException.class, () -> ami.send(GenericAction.of("Ping"))));
        } finally {
            ami.close();
        }
        // 4. a secret that cannot be sent at all
        try (FakeAsterisk server = Rig.fast().build().start()) {
            collect(assertThrows(AmiException.class,
                    () -> AmiClient.connect(Rig.options(server).secret(SECRET + "\r\nAction: Originate").build())));
        }
        // 5. the action objects themselves
        texts.add(GenericAction.builder("Login").header("Username", "admin").header("Secret", SECRET).build().toString());
        texts.add(GenericAction.builder("Login").header("AuthType", "MD5").header("Key", SECRET).build().toString());

        assertTrue(logs.size() > 0, "logging at ALL captured something (reconnect, refusal)");
        // control: the capture does see a DEBUG record sent through System.Logger
        System.getLogger("dev.amiable.control").log(System.Logger.Level.DEBUG, "control " + SECRET);
        assertTrue(logs.removeIf(s -> s.contains("control " + SECRET)), "the capture works at DEBUG");
        List<String> leaks = new ArrayList<>();
        for (String s : logs) {
            if (s.contains(SECRET)) {
                leaks.add("log: " + s);
            }
        }
        for (String s : texts) {
            if (s.contains(SECRET)) {
                leaks.add("text: " + s);
            }
        }
        String errText = err.toString(StandardCharsets.UTF_8);
        if (errText.contains(SECRET)) {
            leaks.add("stderr: " + errText);
        }
        System.out.printf("[secrets] searched %d log records, %d exception/toString texts, %d bytes of stderr: %d leaks%n",
                logs.size(), texts.size(), errText.length(), leaks.size());
        assertEquals(List.of(), leaks);
    }

    /** Writes to two streams. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int x) throws java.io.IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
