package dev.amiable.testkit.internal;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The security-class events Asterisk 22 raises about AMI sessions (SuccessfulAuth,
 * RequestNotAllowed, InvalidPassword, InvalidAccountID, ChallengeResponseFailed), with the fields
 * of capture 07. Emitted to every session that may see {@code security} events.
 */
final class SecurityEvents {
    private static final DateTimeFormatter TV =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final String NEVER = "1970-01-01T00:00:00.000+0000";

    private final Server server;

    SecurityEvents(Server server) {
        this.server = server;
    }

    void successfulAuth(ServerSession s) {
        emit("SuccessfulAuth", "Informational", "1", s, s.username(), List.of("UsingPassword", "0"), now());
    }

    void requestNotAllowed(ServerSession s, String action) {
        emit("RequestNotAllowed", "Error", "1", s, "", List.of("RequestType", "Action: " + action), NEVER);
    }

    void invalidPassword(ServerSession s, String user) {
        emit("InvalidPassword", "Error", "2", s, user, List.of(), NEVER);
    }

    void invalidAccountId(ServerSession s, String user) {
        emit("InvalidAccountID", "Error", "1", s, user, List.of(), NEVER);
    }

    void challengeResponseFailed(ServerSession s, String challenge, String response, String expected) {
        emit("ChallengeResponseFailed", "Error", "1", s, "",
                List.of("Challenge", challenge, "Response", response, "ExpectedResponse", expected), NEVER);
    }

    private void emit(String event, String severity, String version, ServerSession s, String account,
                      List<String> extra, String sessionTv) {
        if (!server.config().securityEvents()) {
            return;
        }
        List<String> kv = new ArrayList<>(List.of("EventTV", now(), "Severity", severity, "Service", "AMI",
                "EventVersion", version, "AccountID", account == null ? "" : account,
                "SessionID", "0x" + Integer.toHexString(System.identityHashCode(s)),
                "LocalAddress", address(s.socket().getLocalAddress(), s.socket().getLocalPort()),
                "RemoteAddress", remote(s)));
        kv.addAll(extra);
        kv.addAll(List.of("SessionTV", sessionTv));
        List<String> all = new ArrayList<>(List.of("Event", event, "Privilege", "security,all"));
        all.addAll(kv);
        server.emit(dev.amiable.testkit.Message.of(all.toArray(new String[0])));
    }

    private static String remote(ServerSession s) {
        if (s.socket().getRemoteSocketAddress() instanceof InetSocketAddress a) {
            return address(a.getAddress(), a.getPort());
        }
        return "";
    }

    private static String address(java.net.InetAddress a, int port) {
        String family = a instanceof java.net.Inet6Address ? "IPV6" : "IPV4";
        return family + "/TCP/" + a.getHostAddress() + "/" + port;
    }

    private static String now() {
        return TV.format(Instant.now());
    }
}
