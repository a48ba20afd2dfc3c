package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.AgiEnvironment;
import dev.amiable.testkit.agi.FakeAgiCall;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AgiCommandTest {

    @Test
    void servesAScriptClassUntilItsDurationEnds() throws Exception {
        CliRunner.Running agi = CliRunner.start("agi", "--port", "0", "--script", EchoArgsScript.class.getName(),
                "--duration", "3s");
        String banner = agi.out.awaitContains("listening on port", Duration.ofSeconds(10));
        Matcher m = Pattern.compile("listening on port (\\d+)").matcher(banner);
        assertTrue(m.find(), banner);
        FakeAgiCall call = FakeAgiCall.to("agi://127.0.0.1:" + m.group(1) + "/any", AgiCallScript.create(),
                AgiEnvironment.create().args("a b", "c")).start();
        assertTrue(call.awaitEnd(Duration.ofSeconds(10)));
        assertEquals(List.of("ANSWER", "SET VARIABLE ARGS \"a b,c\""), call.commands());
        CliRunner.Result res = agi.await(15);
        assertEquals(0, res.code(), res::toString);
    }

    @Test
    void aClassThatIsNoScriptIsAUsageError() {
        CliRunner.Result res = CliRunner.run("agi", "--port", "0", "--script", "java.lang.String");
        assertEquals(2, res.code(), res::toString);
        assertTrue(res.err().contains("does not implement dev.amiable.agi.AgiScript"), res.err());
        res = CliRunner.run("agi", "--port", "0", "--script", "no.such.Script");
        assertEquals(2, res.code(), res::toString);
        assertTrue(res.err().contains("cannot load script class no.such.Script"), res.err());
    }
}
