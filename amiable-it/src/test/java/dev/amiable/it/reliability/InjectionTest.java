package dev.amiable.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.amiable.AmiClient;
import dev.amiable.AmiException;
import dev.amiable.AmiOptions;
import dev.amiable.InvalidActionException;
import dev.amiable.action.GenericAction;
import dev.amiable.action.OriginateAction;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every way a user's value reaches the wire, tried with CR, LF, NUL and an over-long value: each
 * is refused with {@link InvalidActionException} before a byte is written, and the server sees
 * only the valid actions sent afterwards.
 */
class InjectionTest {
    /** A forged second action, as an attacker would write it after the line break. */
    private static final String FORGED = "Action: Originate\r\nChannel: PJSIP/evil";
    private static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("CR", "x\rAction: Originate");
        HOSTILE.put("LF", "x\nAction: Originate");
        HOSTILE.put("CRLF", "x\r\n" + FORGED + "\r\n\r\n");
        HOSTILE.put("NUL", "x\0y");
        HOSTILE.put("over-long", "v".repeat(2000));
    }

    @Test
    void everyUserValueWithALineBreakNulOrOverLongIsRefusedBeforeSending() throws Exception {
        try (FakeAsterisk server = Rig.fast().build().start();
             AmiClient ami = AmiClient.connect(Rig.options(server).build())) {
            assertEquals("Login", server.takeAction(Rig.WAIT).name());
            Map<String, Function<String, Object>> paths = new LinkedHashMap<>();
            paths.put("Originate channel", v -> ami.send(OriginateAction.builder().channel(v).exten("1").build()));
            paths.put("Originate context", v -> ami.send(OriginateAction.builder().channel("Local/1@x").context(v).build()));
            paths.put("Originate callerId", v -> ami.send(OriginateAction.builder().channel("Local/1@x").callerId(v).build()));
            paths.put("Variable name", v -> ami.send(OriginateAction.builder().channel("Local/1@x").variable(v, "1").build()));
            paths.put("Variable value", v -> ami.send(OriginateAction.builder().channel("Local/1@x").variable("A", v).build()));
            paths.put("ActionID", v -> ami.send(GenericAction.builder("Ping").actionId(v).build()));
            paths.put("generic header value", v -> ami.send(GenericAction.builder("UserEvent").header("UserEvent", v).build()));
            paths.put("generic header key", v -> ami.send(GenericAction.builder("UserEvent").header(v, "1").build()));
            paths.put("action name", v -> ami.send(GenericAction.builder(v).build()));
            paths.put("list action", v -> ami.sendForList(GenericAction.builder("Status").header("Channel", v).buildList()));
            paths.put("addFilter", ami::addFilter);
            paths.put("setEventMask", ami::setEventMask);
            paths.put("command", ami::command);

            List<String> notRefused = new ArrayList<>();
            int refused = 0;
            for (Map.Entry<String, Function<String, Object>> path : paths.entrySet()) {
                for (Map.Entry<String, String> bad : HOSTILE.entrySet()) {
                    try {
                        Object r = path.getValue().apply(bad.getValue());
                        notRefused.add(path.getKey() + " with " + bad.getKey() + " -> " + r);
                    } catch (InvalidActionException e) {
                        refused++;
                        assertTrue(e.getMessage() != null, path.getKey());
                        assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"),
                                "error message must quote the value escaped: " + e.getMessage());
                    }
                }
            }
            assertEquals(List.of(), notRefused, "values that reached send() without InvalidActionException");
            assertEquals(HOSTILE.size() * paths.size(), refused);

            assertTrue(ami.send(GenericAction.builder("Ping").actionId("after-injections").build())
                    .get(5, TimeUnit.SECONDS).isSuccess());
            List<RecordedAction> seen = Rig.drain(server, Duration.ofMillis(300));
            assertEquals(1, seen.size(), "only the later Ping reached the server: " + seen);
            assertEquals("Ping", seen.get(0).name());
            assertEquals("after-injections", seen.get(0).actionId());
            assertFalse(new String(seen.get(0).raw(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("Originate"));
        }
    }

    /**
     * Regression (fixed in 7825375). Was a minor log-forging bug: {@code ActionEncoder.line} starts every message with the raw
     * action name ({@code action + ": ..."}), so a name holding CR/LF puts a raw line break into
     * the exception message and any log line made from it. Fix: quote it with
     * {@code Text.preview(action, 40)} like keys and values.
     */
    @Test
    void anInvalidActionNameIsQuotedEscapedInTheError() {
        try (FakeAsterisk server = Rig.fast().build().start();
             AmiClient ami = AmiClient.connect(Rig.options(server).build())) {
            InvalidActionException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidActionException.class,
                    () -> ami.send(GenericAction.builder("Ping\r\nAction: Originate").build()));
            assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void anOverLongActionNameIsRefusedToo() throws Exception {
        try (FakeAsterisk server = Rig.fast().build().start();
             AmiClient ami = AmiClient.connect(Rig.options(server).build())) {
            assertEquals("Login", server.takeAction(Rig.WAIT).name());
            expectRefused(() -> ami.send(GenericAction.builder("A".repeat(1100)).build()));
            expectRefused(() -> {
                GenericAction.Builder b = GenericAction.builder("UserEvent");
                for (int i = 0; i < 200; i++) {
                    b.header("H" + i, "v");
                }
                return ami.send(b.build());
            });
            assertNull(server.takeAction(Duration.ofMillis(300)), "nothing sent");
        }
    }

    @Test
    void aLineBreakInTheUsernameFailsTheConnectAndSendsNothing() throws Exception {
        for (String bad : HOSTILE.values()) {
            expectConnectRefused(o -> o.username("admin" + bad), bad);
        }
    }

    @Test
    void aLineBreakInTheSecretFailsTheConnectSendsNothingAndIsNotQuoted() throws Exception {
        for (String bad : new String[] {"S3cr3t-Zebra\r\nAction: Originate", "S3cr3t-Zebra\0", "S3cr3t-Zebra" + "z".repeat(1100)}) {
            AmiException e = expectConnectRefused(o -> o.secret(bad), bad);
            assertFalse(String.valueOf(e.getMessage()).contains("S3cr3t-Zebra"), "secret quoted in: " + e.getMessage());
        }
    }

    @Test
    void aLineBreakInTheConfiguredEventMaskOrFilterFailsTheConnect() throws Exception {
        expectConnectRefused(o -> o.eventMask("on\r\n" + FORGED), "event mask");
        FakeAsterisk server = Rig.fast().build().start();
        try (server) {
            try (AmiClient ami = AmiClient.connect(Rig.options(server).filter("Event: Hangup\r\n" + FORGED).build())) {
                fail("connected with an injected filter: " + ami);
            } catch (AmiException e) {
                assertTrue(e instanceof InvalidActionException || e.getCause() instanceof InvalidActionException,
                        "expected an InvalidActionException, got " + e);
            }
            for (RecordedAction a : Rig.drain(server, Duration.ofMillis(300))) {
                assertTrue(a.is("Login") || a.is("Logoff"), "only Login (and Logoff) may be sent, got " + a);
                assertFalse(a.rawText().contains("Originate"), a.rawText());
            }
        }
    }

    private static AmiException expectConnectRefused(Function<AmiOptions.Builder, AmiOptions.Builder> change, String what)
            throws Exception {
        try (FakeAsterisk server = Rig.fast().build().start()) {
            AmiException caught = null;
            try (AmiClient ami = AmiClient.connect(change.apply(Rig.options(server).connectTimeout(Duration.ofSeconds(5))).build())) {
                fail("connected with " + what.replace("\r", "\\r").replace("\n", "\\n") + ": " + ami);
            } catch (AmiException e) {
                caught = e;
            }
            Throwable root = caught;
            boolean invalid = false;
            for (Throwable t = caught; t != null; t = t.getCause()) {
                invalid |= t instanceof InvalidActionException;
            }
            assertTrue(invalid, "expected InvalidActionException (or one as the cause), got " + root);
            assertNull(server.takeAction(Duration.ofMillis(300)), "nothing may reach the server");
            return caught;
        }
    }

    private static void expectRefused(java.util.concurrent.Callable<Object> call) throws Exception {
        try {
            call.call();
            fail("not refused");
        } catch (InvalidActionException expected) {
            assertTrue(expected.getMessage().contains("1024") || expected.getMessage().contains("128"), expected.getMessage());
        }
    }
}
