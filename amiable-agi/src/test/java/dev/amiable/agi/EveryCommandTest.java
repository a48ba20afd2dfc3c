package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.amiable.testkit.agi.AgiCallScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A conversation for every AGI command of Asterisk 22: the typed method writes the expected
 * command line to a simulated channel, and the scripted reply comes back as the expected typed
 * result.
 */
class EveryCommandTest {
    private static AgiTestServer server;
    private static final Instant T = Instant.ofEpochSecond(1795349769L);
    private static final Duration S5 = Duration.ofSeconds(5);

    @BeforeAll
    static void start() {
        server = new AgiTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private final List<DynamicTest> tests = new ArrayList<>();

    private void cmd(String line, String reply, AgiTestServer.Body body, Object expected) {
        tests.add(dynamicTest(line, () -> {
            AgiTestServer.Run run = server.call(AgiCallScript.create().reply(reply), body);
            assertEquals(line, run.call().takeCommand(AgiTestServer.WAIT));
            assertEquals(expected, run.result());
            assertTrue(run.call().awaitEnd(AgiTestServer.WAIT), "the server closes the session when the script ends");
        }));
    }

    private static String play(PlaybackResult p) {
        return (p.interrupted() ? String.valueOf(p.digit()) : "none") + "@" + p.endpos();
    }

    @TestFactory
    Stream<DynamicTest> everyCommand() {
        cmd("ANSWER", "200 result=0", (c, r) -> { c.answer(); return "ok"; }, "ok");
        cmd("ASYNCAGI BREAK", "200 result=0", (c, r) -> { c.asyncAgiBreak(); return "ok"; }, "ok");
        cmd("CHANNEL STATUS", "200 result=6", (c, r) -> c.channelStatus(), ChannelStatus.UP);
        cmd("CHANNEL STATUS PJSIP/200-00000002", "200 result=4", (c, r) -> c.channelStatus("PJSIP/200-00000002"),
                ChannelStatus.REMOTE_RINGING);
        cmd("CONTROL STREAM FILE welcome 12 3000 # * 0 500", "200 result=50 endpos=8000",
                (c, r) -> play(c.controlStreamFile("welcome", "12", Duration.ofSeconds(3), "#", "*", "0",
                        Duration.ofMillis(500))), "2@8000");
        cmd("CONTROL STREAM FILE welcome \"\"", "200 result=0 endpos=16000",
                (c, r) -> play(c.controlStreamFile("welcome", "")), "none@16000");
        cmd("DATABASE DEL cidname 100", "200 result=1", (c, r) -> c.databaseDel("cidname", "100"), true);
        cmd("DATABASE DELTREE cidname", "200 result=0", (c, r) -> c.databaseDelTree("cidname", null), false);
        cmd("DATABASE DELTREE cidname 1", "200 result=1", (c, r) -> c.databaseDelTree("cidname", "1"), true);
        cmd("DATABASE GET cidname 100", "200 result=1 (Alice Smith)", (c, r) -> c.databaseGet("cidname", "100"),
                "Alice Smith");
        cmd("DATABASE GET cidname 999", "200 result=0", (c, r) -> String.valueOf(c.databaseGet("cidname", "999")),
                "null");
        cmd("DATABASE PUT cidname 100 \"Alice Smith\"", "200 result=1",
                (c, r) -> c.databasePut("cidname", "100", "Alice Smith"), true);
        cmd("EXEC Dial PJSIP/200,30,tT", "200 result=0", (c, r) -> c.exec("Dial", "PJSIP/200", "30", "tT"), 0);
        cmd("EXEC Playback", "200 result=0", (c, r) -> c.exec("Playback"), 0);
        cmd("GET DATA enter-number 5000 4", "200 result=1234", (c, r) -> {
            DataResult d = c.getData("enter-number", S5, 4);
            return d.digits() + "/" + d.timedOut();
        }, "1234/false");
        cmd("GET DATA enter-number 5000 4", "200 result=12 (timeout)", (c, r) -> {
            DataResult d = c.getData("enter-number", S5, 4);
            return d.digits() + "/" + d.timedOut();
        }, "12/true");
        cmd("GET FULL VARIABLE ${CALLERID(num)}", "200 result=1 (100)",
                (c, r) -> c.getFullVariable("${CALLERID(num)}"), "100");
        cmd("GET FULL VARIABLE ${EXTEN} PJSIP/200-00000002", "200 result=1 (s)",
                (c, r) -> c.getFullVariable("${EXTEN}", "PJSIP/200-00000002"), "s");
        cmd("GET OPTION menu 123 2000", "200 result=51 endpos=4000", (c, r) -> play(c.getOption("menu", "123",
                Duration.ofSeconds(2))), "3@4000");
        cmd("GET VARIABLE CALLERID(num)", "200 result=1 (100)", (c, r) -> c.getVariable("CALLERID(num)"), "100");
        cmd("GET VARIABLE NOPE", "200 result=0", (c, r) -> String.valueOf(c.getVariable("NOPE")), "null");
        cmd("GOSUB sub-greet s 1 a,b", "200 result=0 Gosub complete", (c, r) -> {
            c.gosub("sub-greet", "s", "1", "a", "b");
            return "ok";
        }, "ok");
        cmd("HANGUP", "200 result=1", (c, r) -> { c.hangup(); return "ok"; }, "ok");
        cmd("HANGUP PJSIP/200-00000002", "200 result=-1", (c, r) -> c.hangup("PJSIP/200-00000002"), false);
        cmd("NOOP", "200 result=0", (c, r) -> { c.noop(); return "ok"; }, "ok");
        cmd("RECEIVE CHAR 1000", "200 result=65", (c, r) -> c.receiveChar(Duration.ofSeconds(1)), 'A');
        cmd("RECEIVE TEXT 1000", "200 result=1 (hello there)", (c, r) -> c.receiveText(Duration.ofSeconds(1)),
                "hello there");
        cmd("RECORD FILE /tmp/msg wav # 60000 BEEP s=3", "200 result=35 (dtmf) endpos=24000", (c, r) -> {
            RecordResult rec = c.recordFile("/tmp/msg", "wav", "#", Duration.ofMinutes(1), true, Duration.ofSeconds(3));
            return rec.digit() + "/" + rec.reason() + "/" + rec.endpos();
        }, "#/dtmf/24000");
        cmd("RECORD FILE /tmp/msg wav \"\" -1", "200 result=0 (timeout) endpos=8000", (c, r) -> {
            RecordResult rec = c.recordFile("/tmp/msg", "wav", "", null, false, null);
            return rec.reason() + "/" + rec.endpos();
        }, "timeout/8000");
        cmd("SAY ALPHA abc 12", "200 result=0", (c, r) -> (int) c.sayAlpha("abc", "12"), 0);
        cmd("SAY DATE 1795349769 \"\"", "200 result=0", (c, r) -> (int) c.sayDate(T, ""), 0);
        cmd("SAY DATETIME 1795349769 # \"ABdY 'digits/at' IMp\" Europe/Paris", "200 result=35",
                (c, r) -> c.sayDateTime(T, "#", "ABdY 'digits/at' IMp", "Europe/Paris"), '#');
        cmd("SAY DATETIME 1795349769 #", "200 result=0", (c, r) -> (int) c.sayDateTime(T, "#", null, null), 0);
        cmd("SAY DIGITS 1234 #", "200 result=49", (c, r) -> c.sayDigits("1234", "#"), '1');
        cmd("SAY NUMBER 42 #", "200 result=0", (c, r) -> (int) c.sayNumber(42, "#"), 0);
        cmd("SAY NUMBER 1 \"\" f", "200 result=0", (c, r) -> (int) c.sayNumber(1, "", "f"), 0);
        cmd("SAY PHONETIC abc #", "200 result=0", (c, r) -> (int) c.sayPhonetic("abc", "#"), 0);
        cmd("SAY TIME 1795349769 #", "200 result=0", (c, r) -> (int) c.sayTime(T, "#"), 0);
        cmd("SEND IMAGE logo", "200 result=0", (c, r) -> { c.sendImage("logo"); return "ok"; }, "ok");
        cmd("SEND TEXT \"hello there\"", "200 result=0", (c, r) -> { c.sendText("hello there"); return "ok"; }, "ok");
        cmd("SET AUTOHANGUP 3600", "200 result=0", (c, r) -> { c.setAutoHangup(Duration.ofHours(1)); return "ok"; }, "ok");
        cmd("SET CALLERID \"\\\"Alice\\\" <100>\"", "200 result=1", (c, r) -> {
            c.setCallerId("\"Alice\" <100>");
            return "ok";
        }, "ok");
        cmd("SET CONTEXT sales", "200 result=0", (c, r) -> { c.setContext("sales"); return "ok"; }, "ok");
        cmd("SET EXTENSION 300", "200 result=0", (c, r) -> { c.setExtension("300"); return "ok"; }, "ok");
        cmd("SET MUSIC on default", "200 result=0", (c, r) -> { c.setMusic(true, "default"); return "ok"; }, "ok");
        cmd("SET MUSIC off", "200 result=0", (c, r) -> { c.setMusic(false, null); return "ok"; }, "ok");
        cmd("SET PRIORITY done", "200 result=0", (c, r) -> { c.setPriority("done"); return "ok"; }, "ok");
        cmd("SET VARIABLE RESULT ok", "200 result=1", (c, r) -> { c.setVariable("RESULT", "ok"); return "ok"; }, "ok");
        cmd("SPEECH ACTIVATE GRAMMAR yesno", "200 result=1", (c, r) -> c.speechActivateGrammar("yesno"), true);
        cmd("SPEECH CREATE lumenvox", "200 result=0", (c, r) -> c.speechCreate("lumenvox"), false);
        cmd("SPEECH DEACTIVATE GRAMMAR yesno", "200 result=1", (c, r) -> c.speechDeactivateGrammar("yesno"), true);
        cmd("SPEECH DESTROY", "200 result=1", (c, r) -> c.speechDestroy(), true);
        cmd("SPEECH LOAD GRAMMAR yesno /etc/grammars/yesno.gram", "200 result=1",
                (c, r) -> c.speechLoadGrammar("yesno", "/etc/grammars/yesno.gram"), true);
        cmd("SPEECH RECOGNIZE prompt 5000",
                "200 result=1 (speech) endpos=1200 results=2 score0=900 text0=\"yes please\" grammar0=yesno score1=300 text1=yes grammar1=yesno",
                (c, r) -> {
                    SpeechResult s = c.speechRecognize("prompt", S5);
                    return s.reason() + "/" + s.endpos() + "/" + s.matches();
                }, "speech/1200/[Match[score=900, text=yes please, grammar=yesno], Match[score=300, text=yes, grammar=yesno]]");
        cmd("SPEECH RECOGNIZE prompt 5000", "200 result=1 (dtmf) digit=5 endpos=0", (c, r) -> {
            SpeechResult s = c.speechRecognize("prompt", S5);
            return s.reason() + "/" + s.digit();
        }, "dtmf/5");
        cmd("SPEECH SET confidence 500", "200 result=1", (c, r) -> c.speechSet("confidence", "500"), true);
        cmd("SPEECH UNLOAD GRAMMAR yesno", "200 result=1", (c, r) -> c.speechUnloadGrammar("yesno"), true);
        cmd("STREAM FILE welcome 1234 0", "200 result=0 endpos=16000", (c, r) -> play(c.streamFile("welcome", "1234")),
                "none@16000");
        cmd("STREAM FILE welcome # 800", "200 result=35 endpos=4000", (c, r) -> play(c.streamFile("welcome", "#", 800)),
                "#@4000");
        cmd("TDD MODE on", "200 result=1", (c, r) -> c.tddMode("on"), true);
        cmd("VERBOSE \"hello from java\" 1", "200 result=1", (c, r) -> { c.verbose("hello from java", 1); return "ok"; },
                "ok");
        cmd("WAIT FOR DIGIT 5000", "200 result=0", (c, r) -> (int) c.waitForDigit(S5), 0);
        cmd("WAIT FOR DIGIT -1", "200 result=42", (c, r) -> c.waitForDigit(null), '*');
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> failures() {
        cmd("STREAM FILE nosuchfile \"\" 0", "200 result=-1 endpos=0", (c, r) -> {
            try {
                c.streamFile("nosuchfile", "");
                return "no error";
            } catch (AgiCommandException e) {
                return e.reply().text();
            }
        }, "200 result=-1 endpos=0");
        cmd("EXEC NoSuchApp", "200 result=-2", (c, r) -> {
            try {
                c.exec("NoSuchApp");
                return "no error";
            } catch (AgiCommandException e) {
                return e.reply().resultNumber();
            }
        }, -2L);
        cmd("FOO BAR", "510 Invalid or unknown command", (c, r) -> {
            try {
                c.send("FOO BAR");
                return "no error";
            } catch (AgiCommandException e) {
                return e.reply().code();
            }
        }, 510);
        cmd("ANSWER", "200 result=-1", (c, r) -> {
            try {
                c.answer();
                return "no error";
            } catch (AgiCommandException e) {
                return "failed";
            }
        }, "failed");
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void usageErrorOverSeveralLines() throws Exception {
        AgiTestServer.Run run = server.call(AgiCallScript.create()
                .reply("520-Invalid command syntax.  Proper usage follows:",
                        " Usage: STREAM FILE <filename> <escape_digits> [sample offset]",
                        "520 End of proper usage.")
                .reply("200 result=0"), (c, r) -> {
                    try {
                        c.send("STREAM FILE");
                        return "no error";
                    } catch (AgiCommandException e) {
                        c.noop();       // the session is still in step after a 520 block
                        return e.reply().usage();
                    }
                });
        assertEquals(List.of(" Usage: STREAM FILE <filename> <escape_digits> [sample offset]"), run.result());
        assertEquals(List.of("STREAM FILE", "NOOP"), run.call().commands());
    }
}
