package dev.amiable.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.agi.AgiServer;
import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.AgiEnvironment;
import dev.amiable.testkit.agi.FakeAgiCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IvrScriptTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aKnownCallerPressingTwoGoesToSupport() throws Exception {
        try (AgiServer server = AgiServer.builder().port(0).route("/ivr", new IvrScript()).build().start()) {
            FakeAgiCall call = FakeAgiCall.to("agi://127.0.0.1:" + server.port() + "/ivr?lang=fr", AgiCallScript.create()
                    .reply("200 result=0")                       // ANSWER
                    .reply("200 result=1")                       // SET VARIABLE CHANNEL(language)
                    .reply("200 result=1 (Alice Smith)")         // DATABASE GET
                    .reply("200 result=1")                       // VERBOSE
                    .reply("200 result=0 endpos=8000")           // STREAM FILE welcome-back
                    .reply("200 result=57 endpos=1000")          // GET OPTION: 9, not on the menu
                    .reply("200 result=0 endpos=4000")           // STREAM FILE invalid
                    .reply("200 result=50 endpos=1200"),         // GET OPTION: 2
                    AgiEnvironment.create().set("callerid", "100")).start();
            assertTrue(call.awaitEnd(WAIT));
            assertEquals(List.of("ANSWER", "SET VARIABLE CHANNEL(language) fr", "DATABASE GET cidname 100",
                    "VERBOSE \"IVR: known caller Alice Smith\" 3", "STREAM FILE welcome-back \"\" 0",
                    "GET OPTION ivr-menu 120 5000", "STREAM FILE invalid \"\" 0", "GET OPTION ivr-menu 120 5000",
                    "SET VARIABLE IVR_CHOICE support", "SET CONTEXT ivr-out", "SET EXTENSION support",
                    "SET PRIORITY 1"), call.commands());
        }
    }

    @Test
    void aCallerHangingUpDuringTheMenuEndsQuietly() throws Exception {
        try (AgiServer server = AgiServer.builder().port(0).route("/ivr", new IvrScript()).build().start()) {
            FakeAgiCall call = FakeAgiCall.to("agi://127.0.0.1:" + server.port() + "/ivr", AgiCallScript.create()
                    .reply("200 result=0").reply("200 result=0").reply("200 result=0 endpos=8000").hangup()
                    .reply("200 result=-1 endpos=0"), AgiEnvironment.create().set("callerid", "200")).start();
            assertTrue(call.awaitEnd(WAIT));
            assertEquals(List.of("ANSWER", "DATABASE GET cidname 200", "STREAM FILE welcome \"\" 0",
                    "GET OPTION ivr-menu 120 5000"), call.commands());
        }
    }
}
