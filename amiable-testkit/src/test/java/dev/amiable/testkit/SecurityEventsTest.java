package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecurityEventsTest {
    @RegisterExtension
    final FakeAsteriskExtension ami = new FakeAsteriskExtension(b -> b.securityEvents(true));

    @Test
    void observerSeesSessionSecurityEventsLikeCapture07(FakeAsterisk server) throws Exception {
        try (RawClient observer = new RawClient(server).login("security")) {
            List<String> own = observer.readMessage();
            assertEquals(List.of("Event: SuccessfulAuth", "Privilege: security,all"), own.subList(0, 2));
            assertTrue(own.contains("AccountID: admin") && own.contains("UsingPassword: 0"), own.toString());
            try (RawClient bad = new RawClient(server)) {
                bad.readLine();
                bad.send("Action", "Ping");
                bad.readMessage();
                List<String> denied = observer.readMessage();
                assertEquals("Event: RequestNotAllowed", denied.get(0));
                assertTrue(denied.contains("RequestType: Action: Ping"));
                assertTrue(denied.get(9).matches("RemoteAddress: IPV4/TCP/127\\.0\\.0\\.1/\\d+"), denied.get(9));
                bad.send("Action", "Login", "Username", "admin", "Secret", "wrong");
                bad.readMessage();
                List<String> invalid = observer.readMessage();
                assertEquals(List.of("Event: InvalidPassword", "Privilege: security,all"), invalid.subList(0, 2));
                assertTrue(invalid.contains("EventVersion: 2") && invalid.contains("AccountID: admin"));
            }
            try (RawClient md5 = new RawClient(server)) {
                md5.readLine();
                md5.send("Action", "Challenge", "AuthType", "MD5");
                String challenge = md5.readMessage().get(1).substring("Challenge: ".length());
                md5.send("Action", "Login", "AuthType", "MD5", "Username", "admin", "Key", "00");
                md5.readMessage();
                List<String> failed = observer.readMessage();
                assertEquals("Event: ChallengeResponseFailed", failed.get(0));
                assertTrue(failed.contains("Challenge: " + challenge) && failed.contains("Response: 00"), failed.toString());
                assertTrue(failed.contains("ExpectedResponse: " + SessionBasicsTest.md5(challenge + "amp111")));
            }
        }
    }
}
