package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionBasicsTest {
    private FakeAsterisk server;

    private FakeAsterisk start(FakeAsterisk.Builder b) {
        server = b.failedLoginDelay(Duration.ZERO).build().start();
        return server;
    }

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void greetsWithTheBanner() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server)) {
            assertEquals("Asterisk Call Manager/11.0.0\r\n", c.readBytes(30));
        }
    }

    @Test
    void bannerFollowsTheConfiguredVersion() throws Exception {
        start(FakeAsterisk.builder().amiVersion("2.10.5"));
        try (RawClient c = new RawClient(server)) {
            assertEquals("Asterisk Call Manager/2.10.5", c.readLine());
        }
    }

    @Test
    void plainLoginIsAcceptedAndFullyBootedFollows() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Login", "ActionID", "l-1", "Username", "admin", "Secret", "amp111");
            assertEquals("Response: Success\r\nActionID: l-1\r\nMessage: Authentication accepted\r\n\r\n",
                    c.readMessageText());
            List<String> booted = c.readMessage();
            assertEquals("Event: FullyBooted", booted.get(0));
            assertEquals("Privilege: system,all", booted.get(1));
            assertTrue(booted.get(2).startsWith("Uptime: "));
            assertTrue(booted.get(3).startsWith("LastReload: "));
            assertEquals("Status: Fully Booted", booted.get(4));
        }
    }

    @Test
    void md5LoginWithTheRightKeyIsAccepted() throws Exception {
        start(FakeAsterisk.builder().user("mark", "mysecret"));
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Challenge", "ActionID", "c-1", "AuthType", "MD5");
            List<String> r = c.readMessage();
            assertEquals(List.of("Response: Success", "ActionID: c-1"), r.subList(0, 2));
            String challenge = r.get(2).substring("Challenge: ".length());
            assertTrue(challenge.matches("[0-9]+"), challenge);
            c.send("Action", "Login", "AuthType", "MD5", "Username", "mark",
                    "Key", md5(challenge + "mysecret"), "Events", "off");
            assertEquals("Response: Success\r\nMessage: Authentication accepted\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void md5LoginWithAWrongKeyFailsAndCloses() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Challenge", "AuthType", "MD5");
            c.readMessage();
            c.send("Action", "Login", "AuthType", "MD5", "Username", "admin", "Key", "42ee43c144f4f2c7e948f8eb5ac3a480");
            assertEquals("Response: Error\r\nMessage: Authentication failed\r\n\r\n", c.readMessageText());
            assertTrue(c.atEof());
        }
    }

    @Test
    void challengeWithoutMd5IsRefused() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Challenge", "ActionID", "x", "AuthType", "SHA1");
            assertEquals("Response: Error\r\nActionID: x\r\nMessage: Must specify AuthType\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void wrongSecretIsAnsweredThenTheSocketCloses() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Login", "ActionID", "w-3", "Username", "admin", "Secret", "wrong-secret");
            assertEquals("Response: Error\r\nActionID: w-3\r\nMessage: Authentication failed\r\n\r\n",
                    c.readMessageText());
            assertTrue(c.atEof());
        }
    }

    @Test
    void unknownUserFails() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Login", "Username", "nosuchuser", "Secret", "x");
            assertEquals("Response: Error\r\nMessage: Authentication failed\r\n\r\n", c.readMessageText());
            assertTrue(c.atEof());
        }
    }

    @Test
    void actionsBeforeLoginArePermissionDenied() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Ping", "ActionID", "p-1");
            assertEquals("Response: Error\r\nActionID: p-1\r\nMessage: Permission denied\r\n\r\n", c.readMessageText());
            c.send("Action", "CoreShowChannels");
            assertEquals("Response: Error\r\nMessage: Permission denied\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void pingAnswersPongWithATimestamp() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Ping", "ActionID", "p");
            List<String> r = c.readMessage();
            assertEquals(List.of("Response: Success", "ActionID: p", "Ping: Pong"), r.subList(0, 3));
            assertTrue(r.get(3).matches("Timestamp: [0-9]+\\.[0-9]{6}"), r.get(3));
            c.send("Action", "Ping");
            assertEquals("Response: Success", c.readMessage().get(0));
        }
    }

    @Test
    void pingOnAmi10AnswersResponsePong() throws Exception {
        start(FakeAsterisk.builder().amiVersion("1.0"));
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Ping", "ActionID", "p");
            assertEquals("Response: Pong\r\nActionID: p\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void logoffSaysGoodbyeAndCloses() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Logoff", "ActionID", "bye");
            assertEquals("Response: Goodbye\r\nActionID: bye\r\nMessage: Thanks for all the fish.\r\n\r\n",
                    c.readMessageText());
            assertTrue(c.atEof());
        }
    }

    @Test
    void unknownAndMissingActionsAreErrors() throws Exception {
        start(FakeAsterisk.builder());
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "NoSuchAction", "ActionID", "n");
            assertEquals("Response: Error\r\nActionID: n\r\nMessage: Invalid/unknown command: NoSuchAction. "
                    + "Use Action: ListCommands to show available commands.\r\n\r\n", c.readMessageText());
            c.send("ActionID", "no-action-header", "Foo", "bar");
            assertEquals("Response: Error\r\nActionID: no-action-header\r\nMessage: Missing action in request\r\n\r\n",
                    c.readMessageText());
        }
    }

    @Test
    void authTimeoutClosesIdleUnauthenticatedSessions() throws Exception {
        start(FakeAsterisk.builder().authTimeout(Duration.ofMillis(100)));
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            assertTrue(c.atEof());
        }
    }

    static String md5(String s) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD5");
        return java.util.HexFormat.of().formatHex(md.digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
