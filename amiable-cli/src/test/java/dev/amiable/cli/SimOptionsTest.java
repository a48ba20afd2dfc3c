package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** sim's server options: users with classes, --timestamps, --chanvars, --log, Shutdown, the bind error. */
class SimOptionsTest {

    private static List<String> read(BufferedReader in) throws Exception {
        List<String> m = new ArrayList<>();
        for (String line; (line = in.readLine()) != null;) {
            if (line.isEmpty()) {
                if (!m.isEmpty()) {
                    return m;
                }
                continue;
            }
            m.add(line);
        }
        return m.isEmpty() ? null : m;
    }

    private static List<String> readUntil(BufferedReader in, String line) throws Exception {
        for (List<String> m; (m = read(in)) != null;) {
            if (m.contains(line)) {
                return m;
            }
        }
        throw new AssertionError("EOF before " + line);
    }

    private static void send(OutputStream out, String text) throws Exception {
        out.write(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Test
    void limitedUserTimestampsChanVarsLogAndShutdown() throws Exception {
        CliRunner.Running sim = CliRunner.start("sim", "--port", "0", "--scenario", "idle", "--user",
                "ops:pw:call,system:originate", "--log", "--timestamps", "--chanvars", "CEO_TAG,X", "--duration", "3s");
        Matcher port = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)")
                .matcher(sim.out.awaitContains("listening on", Duration.ofSeconds(10)));
        assertTrue(port.find());
        try (Socket s = new Socket("127.0.0.1", Integer.parseInt(port.group(1)))) {
            s.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            assertEquals("Asterisk Call Manager/11.0.0", in.readLine());
            send(out, "Action: Login\nUsername: ops\nSecret: pw\n\n");
            assertTrue(read(in).contains("Message: Authentication accepted"));
            send(out, "Action: Command\nActionID: c\nCommand: core show version\n\n");
            assertEquals(List.of("Response: Error", "ActionID: c", "Message: Permission denied"),
                    readUntil(in, "ActionID: c"));
            send(out, "Action: Originate\nActionID: o\nChannel: Local/100@ami-test\nApplication: Wait\nData: 1\n"
                    + "Variable: CEO_TAG=t1\nAsync: true\n\n");
            List<String> newchannel = readUntil(in, "Event: Newchannel");
            assertEquals("Privilege: call,all", newchannel.get(1));
            assertTrue(newchannel.get(2).matches("Timestamp: \\d+\\.\\d{6}"), newchannel.toString());
            assertTrue(newchannel.containsAll(List.of("ChanVariable: CEO_TAG=", "ChanVariable: X=")), newchannel.toString());
            List<String> shutdown = readUntil(in, "Event: Shutdown");
            assertEquals(List.of("Shutdown: Cleanly", "Restart: False"), shutdown.subList(3, 5));
            assertEquals(-1, in.read(), "the socket closes after Shutdown");
        }
        CliRunner.Result res = sim.await(15);
        assertEquals(0, res.code(), res::toString);
        assertTrue(res.out().contains("users ops (read call,system, write originate)"), res.out());
        String err = res.err();
        for (String expected : List.of("session 1 opened from 127.0.0.1:", "session 1 logged in as ops",
                "session 1 action Command ActionID=c", "session 1 action Originate ActionID=o", "session 1 closed")) {
            assertTrue(err.contains(expected), expected + " in " + err);
        }
        assertTrue(err.lines().allMatch(l -> l.matches("amiable sim: \\d\\d:\\d\\d:\\d\\d\\.\\d{3} session \\d+ .*")), err);
        assertTrue(!err.contains("pw"), "no secret in the log");
    }

    @Test
    void aBusyPortSaysWhyAndSuggestsPortZero() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRunner.Result res = CliRunner.run("sim", "--port", Integer.toString(taken.getLocalPort()),
                    "--scenario", "idle", "--duration", "1s");
            assertEquals(ExitCodes.OTHER, res.code(), res::toString);
            assertTrue(res.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), res.err());
            assertTrue(res.err().contains("try --port 0"), res.err());
        }
    }

    @Test
    void unknownClassesAndMissingSecretsAreUsageErrors() {
        CliRunner.Result bad = CliRunner.run("sim", "--port", "0", "--user", "ops:pw:calls", "--duration", "1s");
        assertEquals(ExitCodes.USAGE, bad.code(), bad::toString);
        assertTrue(bad.err().contains("unknown permission class 'calls'"), bad.err());
        CliRunner.Result none = CliRunner.run("sim", "--port", "0", "--user", "ops", "--duration", "1s");
        assertEquals(ExitCodes.USAGE, none.code(), none::toString);
    }

    @Test
    void helpListsTheExtensionsOriginateUnderstands() {
        CliRunner.Result res = CliRunner.run("sim", "--help");
        for (String exten : List.of("Local/300@ami-test", "Local/700@ami-test", "Local/500@ami-test", "Local/999@ami-test",
                "--timestamps", "--chanvars", "--log", "NAME:SECRET[:READ[:WRITE]]")) {
            assertTrue(res.out().contains(exten), exten + " in " + res.out());
        }
    }

    @Test
    void demoHasExactlyTheAgentsAskedForUnderOneName() {
        CliRunner.Result res = CliRunner.run("demo", "--duration", "2s", "--rate", "20", "--agents", "2");
        assertEquals(0, res.code(), res::toString);
        assertTrue(res.out().contains("Local/5001@scenario-agents") && res.out().contains("Local/5002@scenario-agents"),
                res.out());
        assertTrue(!res.out().contains("Local/5003@") && !res.out().contains("@ami-agents"), res.out());
    }
}
