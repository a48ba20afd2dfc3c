package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.event.AGIExecEndEvent;
import dev.amiable.event.AGIExecStartEvent;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.AgiEnvironment;
import dev.amiable.testkit.agi.AsyncAgiCall;
import dev.amiable.testkit.agi.FakeAsyncAgi;
import dev.amiable.testkit.agi.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AsyncAGI end to end: FakeAsterisk's AMI, an AmiClient, and the same AgiScript API. */
class AsyncAgiTest {
    private static final Duration WAIT = AgiTestServer.WAIT;
    private FakeAsterisk pbx;
    private AmiClient ami;
    private FakeAsyncAgi async;

    @BeforeEach
    void connect() {
        pbx = FakeAsterisk.create().start();
        async = FakeAsyncAgi.attach(pbx);
        ami = AmiClient.connect(AmiOptions.builder().port(pbx.port()).username("admin").secret("amp111").build());
    }

    @AfterEach
    void close() {
        ami.close();
        pbx.close();
    }

    @Test
    void aScriptRunsOverAmiWithDecodedEnvAndResults() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        List<AmiEvent> execEvents = new ArrayList<>();
        ami.addListener(AGIExecStartEvent.class, e -> { synchronized (execEvents) { execEvents.add(e); } });
        ami.addListener(AGIExecEndEvent.class, e -> { synchronized (execEvents) { execEvents.add(e); } });
        try (AsyncAgiServer server = AsyncAgiServer.start(ami, (channel, request) -> {
            channel.answer();
            String v = channel.getVariable("CEO_SCENARIO");
            channel.setVariable("GREETING", "hello \"world\" 100%");
            PlaybackResult p = channel.streamFile("welcome", "#");
            outcome.complete(request.channelName() + "|" + request.uniqueid() + "|" + request.args() + "|"
                    + request.path() + "|" + v + "|" + p.digit() + "@" + p.endpos());
        })) {
            AsyncAgiCall call = async.start(AgiEnvironment.create().channel("Local/800@ami-test-00000023;2")
                    .uniqueid("1795349769.71").args("a b", "c"), AgiCallScript.create()
                    .reply("200 result=0").reply("200 result=1 (asyncagi & more)").reply("200 result=1")
                    .reply("200 result=35 endpos=1200"));
            assertEquals("Local/800@ami-test-00000023;2|1795349769.71|[a b, c]|/|asyncagi & more|#@1200",
                    outcome.get(10, TimeUnit.SECONDS));
            assertTrue(call.awaitEnd(WAIT), "the session ends with ASYNCAGI BREAK");
            assertEquals(List.of("ANSWER", "GET VARIABLE CEO_SCENARIO", "SET VARIABLE GREETING \"hello \\\"world\\\" 100%\"",
                    "STREAM FILE welcome # 0", "ASYNCAGI BREAK"), call.commands());
        }
        List<String> ids = new ArrayList<>();
        RecordedAction a;
        while ((a = pbx.takeAction(Duration.ofMillis(200))) != null) {
            if (a.is("AGI")) {
                assertEquals("Local/800@ami-test-00000023;2", a.get("Channel"));
                ids.add(a.get("CommandID"));
            }
        }
        assertEquals(5, ids.size());
        assertEquals(5, ids.stream().distinct().count(), "every command has its own CommandID");
    }

    @Test
    void asyncAgiEndIsTheHangupException() throws Exception {
        ManualClock clock = new ManualClock();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        try (AsyncAgiServer server = AsyncAgiServer.start(ami, (channel, request) -> {
            try {
                channel.exec("Dial", "PJSIP/200", "30");
                outcome.complete(null);
            } catch (AgiHangupException e) {
                outcome.complete(e);
            }
        })) {
            AsyncAgiCall call = async.start(AgiEnvironment.create(),
                    AgiCallScript.withClock(clock).replyAfter(Duration.ofHours(1), "200 result=0"));
            assertEquals("EXEC Dial PJSIP/200,30", call.takeCommand(WAIT));
            call.hangup();
            assertInstanceOf(AgiHangupException.class, outcome.get(10, TimeUnit.SECONDS));
            assertEquals(List.of("EXEC Dial PJSIP/200,30"), call.commands(), "no ASYNCAGI BREAK on a dead channel");
        }
    }

    @Test
    void aLongDialOverAmiWaitsForItsResult() throws Exception {
        ManualClock clock = new ManualClock();
        CompletableFuture<Integer> outcome = new CompletableFuture<>();
        try (AsyncAgiServer server = AsyncAgiServer.start(ami, (channel, request) ->
                outcome.complete(channel.exec("Dial", "PJSIP/200")))) {
            AsyncAgiCall call = async.start(AgiEnvironment.create(),
                    AgiCallScript.withClock(clock).replyAfter(Duration.ofHours(2), "200 result=0"));
            assertEquals("EXEC Dial PJSIP/200", call.takeCommand(WAIT));
            clock.advance(Duration.ofMinutes(119));
            assertTrue(!outcome.isDone());
            clock.advance(Duration.ofMinutes(1));
            assertEquals(0, outcome.get(10, TimeUnit.SECONDS));
            assertTrue(call.awaitEnd(WAIT));
        }
    }
}
