package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.agi.internal.Admission;
import dev.amiable.agi.internal.LongCommands;
import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under {@code maxRunningScripts(1)}, a script waiting in a long command leaves its place to a
 * new session, and one waiting in a short command keeps it.
 */
class LongCommandsTest {
    private static final Duration WAIT = AgiTestServer.WAIT;
    private static final Duration SEC = Duration.ofSeconds(1);
    private static final Instant T = Instant.ofEpochSecond(1_700_000_000L);

    static Stream<Arguments> longCommands() {
        return Stream.of(
                of("EXEC", c -> c.exec("Dial", "PJSIP/100")),
                of("EXEC", c -> c.exec("Wait")),
                of("GOSUB", c -> c.gosub("sub", "s", "1")),
                of("GOSUB", c -> c.gosub("sub", "s", "1", "a", "b")),
                of("STREAM FILE", c -> c.streamFile("hello", "")),
                of("STREAM FILE", c -> c.streamFile("hello", "#", 100)),
                of("CONTROL STREAM FILE", c -> c.controlStreamFile("hello", "")),
                of("CONTROL STREAM FILE", c -> c.controlStreamFile("hello", "", SEC, "#", "*", "0", SEC)),
                of("GET DATA", c -> c.getData("enter", SEC, 4)),
                of("GET OPTION", c -> c.getOption("menu", "12", SEC)),
                of("RECORD FILE", c -> c.recordFile("/tmp/r", "wav", "#", SEC, true, SEC)),
                of("WAIT FOR DIGIT", c -> c.waitForDigit(SEC)),
                of("SAY ALPHA", c -> c.sayAlpha("abc", "")),
                of("SAY DIGITS", c -> c.sayDigits("123", "")),
                of("SAY NUMBER", c -> c.sayNumber(42, "")),
                of("SAY NUMBER", c -> c.sayNumber(42, "", "f")),
                of("SAY PHONETIC", c -> c.sayPhonetic("abc", "")),
                of("SAY DATE", c -> c.sayDate(T, "")),
                of("SAY TIME", c -> c.sayTime(T, "")),
                of("SAY DATETIME", c -> c.sayDateTime(T, "", null, null)),
                of("SAY DATETIME", c -> c.sayDateTime(T, "", "IMp", "UTC")),
                of("SPEECH RECOGNIZE", c -> c.speechRecognize("prompt", SEC)),
                of("RECEIVE CHAR", c -> c.receiveChar(SEC)),
                of("RECEIVE TEXT", c -> c.receiveText(SEC)),
                of("EXEC", c -> c.send("exec", "Playback", "x")),
                of("STREAM FILE", c -> c.send("Stream File", "x", "")));
    }

    static Stream<Arguments> shortCommands() {
        return Stream.of(
                of("ANSWER", AgiChannel::answer),
                of("GET VARIABLE", c -> c.getVariable("X")),
                of("SET VARIABLE", c -> c.setVariable("X", "1")),
                of("NOOP", AgiChannel::noop),
                of("CHANNEL STATUS", AgiChannel::channelStatus),
                of("SPEECH CREATE", c -> c.speechCreate("engine")),
                of("DATABASE GET", c -> c.databaseGet("f", "k")),
                of("VERBOSE", c -> c.verbose("hi", 1)));
    }

    private static Arguments of(String name, Consumer<AgiChannel> command) {
        return Arguments.of(name, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longCommands")
    void aLongCommandLeavesItsPlaceToANewSession(String name, Consumer<AgiChannel> command) throws Exception {
        ManualClock clock = new ManualClock();
        try (AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).maxRunningScripts(1))) {
            AgiTestServer.Run waiting = server.call(AgiCallScript.withClock(clock)
                    .replyAfter(Duration.ofMinutes(1), "200 result=0"), (c, r) -> {
                        try {
                            command.accept(c);
                        } catch (AgiCommandException refused) {
                            // some typed commands read more than "result=0"; the place is what counts here
                        }
                        c.noop();
                        return "long";
                    });
            assertTrue(waiting.call().takeCommand(WAIT).regionMatches(true, 0, name, 0, name.length()));
            AgiTestServer.Run newcomer = server.call(AgiCallScript.create(), (c, r) -> {
                c.noop();
                return "new";
            });
            assertEquals("new", newcomer.result(), "the new session ran while the first waited in " + name);
            clock.advance(Duration.ofMinutes(1));
            assertEquals("NOOP", waiting.call().takeCommand(WAIT));
            assertEquals("long", waiting.result());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortCommands")
    void aShortCommandKeepsItsPlace(String name, Consumer<AgiChannel> command) throws Exception {
        ManualClock clock = new ManualClock();
        try (AgiTestServer server = new AgiTestServer(AgiServer.builder().port(0).maxRunningScripts(1))) {
            Admission gate = server.server.admission();
            AgiTestServer.Run holder = server.call(AgiCallScript.withClock(clock)
                    .replyAfter(Duration.ofMinutes(1), "200 result=1"), (c, r) -> {
                        command.accept(c);
                        return "short";
                    });
            assertTrue(holder.call().takeCommand(WAIT).startsWith(name));
            AgiTestServer.Run newcomer = server.call(AgiCallScript.create(), (c, r) -> {
                c.noop();
                return "new";
            });
            assertTrue(Conditions.await(() -> gate.waiting() == 1, WAIT), "the new session waits behind " + name);
            assertFalse(newcomer.outcome().isDone());
            clock.advance(Duration.ofMinutes(1));
            assertEquals("short", holder.result());
            assertEquals("new", newcomer.result());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SAY ALPHA", "say digits", " EXEC", "GOSUB", "RECEIVE TEXT", "Speech Recognize"})
    void longNamesAreRecognizedCaseAside(String command) {
        assertTrue(LongCommands.isLong(command));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTE", "SAYX", "SPEECH CREATE", "GET VARIABLE", "STREAM", "", "RECEIVE"})
    void otherNamesAreNot(String command) {
        assertFalse(LongCommands.isLong(command));
    }
}
