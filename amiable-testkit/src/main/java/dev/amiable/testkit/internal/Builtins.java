package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The session actions every Asterisk has: Login, Challenge, Logoff, Ping, Events, Command, with
 * the texts of Asterisk 22 (and of older versions where the banner asks for them).
 */
final class Builtins {
    private final Server server;
    private final SecurityEvents security;

    Builtins(Server server) {
        this.server = server;
        this.security = new SecurityEvents(server);
    }

    void requestNotAllowed(ServerSession s, String action) {
        security.requestNotAllowed(s, action);
    }

    /** Answers Logoff, Ping, Events, Command, ListCommands and Filter; null for anything else. */
    Reply handle(ServerSession s, RecordedAction a) {
        if (a.is("Logoff")) {
            server.router().reply(s, a, Reply.of(Message.response("Goodbye", "Message", "Thanks for all the fish.")));
            s.close();
            return Reply.none();
        }
        if (a.is("Ping")) {
            return ping();
        }
        if (a.is("Events")) {
            return events(s, a);
        }
        if (a.is("Command")) {
            return command(s, a);
        }
        if (a.is("ListCommands")) {
            return Reply.of(ActionCatalogue.listCommands());
        }
        if (a.is("Filter")) {
            return filter(s, a);
        }
        return null;
    }

    void login(ServerSession s, RecordedAction a) {
        UserAccount user = authenticate(s, a);
        if (user == null) {
            try {
                Thread.sleep(server.config().failedLoginDelay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.router().reply(s, a, Reply.error("Authentication failed"));
            s.close();
            return;
        }
        String events = a.get("Events");
        s.login(user, events == null ? Perms.ALL : Perms.parseEventMask(events));
        server.log.loggedIn(s, user.name());
        server.router().reply(s, a, Reply.success("Message", "Authentication accepted"));
        long now = System.currentTimeMillis();
        s.deliverEvent(Message.event("FullyBooted", "Privilege", "system,all",
                "Uptime", Long.toString((now - server.startedMillis()) / 1000),
                "LastReload", Long.toString((now - server.reloadedMillis()) / 1000),
                "Status", "Fully Booted"), "system,all", false); // Asterisk writes it without a Timestamp
        security.successfulAuth(s);
        s.loginAnswered();
    }

    private UserAccount authenticate(ServerSession s, RecordedAction a) {
        String name = a.get("Username");
        if (name == null) {
            server.log.loginFailed(s, null, "no Username");
            return null;
        }
        UserAccount user = server.config().users().get(name.toLowerCase(java.util.Locale.ROOT));
        if (user == null) {
            server.log.loginFailed(s, name, "no such user");
            security.invalidAccountId(s, name);
            return null;
        }
        String authType = a.get("AuthType");
        if (authType != null && authType.equalsIgnoreCase("MD5")) {
            String key = a.get("Key");
            String challenge = s.challenge;
            String expected = challenge == null ? "" : md5Hex(challenge + user.secret());
            if (challenge != null && key != null && key.equalsIgnoreCase(expected)) {
                return user;
            }
            server.log.loginFailed(s, name, challenge == null ? "MD5 key without a Challenge" : "wrong MD5 key");
            security.challengeResponseFailed(s, challenge == null ? "" : challenge, key == null ? "" : key, expected);
            security.invalidPassword(s, user.name());
            return null;
        }
        String secret = a.get("Secret");
        if (secret != null && secret.equals(user.secret())) {
            return user;
        }
        server.log.loginFailed(s, name, "wrong secret");
        security.invalidPassword(s, user.name());
        return null;
    }

    void challenge(ServerSession s, RecordedAction a) {
        String authType = a.get("AuthType");
        if (authType == null || !authType.equalsIgnoreCase("MD5")) {
            server.router().reply(s, a, Reply.error("Must specify AuthType"));
            return;
        }
        if (s.challenge == null) {
            s.challenge = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE));
        }
        server.router().reply(s, a, Reply.success("Challenge", s.challenge));
    }

    private Reply ping() {
        AmiVersion v = server.config().version();
        if (v.isAncient()) {
            return Reply.of(Message.response("Pong"));
        }
        Message m = Message.response("Success", "Ping", "Pong");
        return Reply.of(v.pingTimestamp() ? m.with("Timestamp", Clock.epochMicros()) : m);
    }

    private Reply events(ServerSession s, RecordedAction a) {
        String mask = a.get("EventMask");
        if (mask == null || mask.isBlank()) {
            return Reply.error("Invalid event mask");
        }
        int m = Perms.parseEventMask(mask);
        s.eventMask = m;
        if (server.config().version().isAncient()) {
            return Reply.of(Message.response(m != 0 ? "Events On" : "Events Off"));
        }
        return Reply.success("Events", m != 0 ? "On" : "Off");
    }

    private Reply command(ServerSession s, RecordedAction a) {
        String cmd = a.get("Command");
        if (cmd == null || cmd.isBlank()) {
            return Reply.error("No command provided");
        }
        List<String> out = server.commands().run(cmd);
        boolean known = out != null;
        if (!known) {
            out = List.of(Commands.noSuchCommand(cmd));
        }
        if (server.config().legacyCommandOutput()) {
            StringBuilder sb = new StringBuilder("Response: Follows\r\nPrivilege: Command\r\n");
            if (a.actionId() != null) {
                sb.append("ActionID: ").append(a.actionId()).append("\r\n");
            }
            for (String line : out) {
                sb.append(line).append('\n');
            }
            sb.append("--END COMMAND--\r\n\r\n");
            s.writeRaw(sb.toString().getBytes(StandardCharsets.UTF_8));
            return Reply.none();
        }
        String[] output = new String[2 * out.size()]; // added in one go: a long output costs no copies
        for (int i = 0; i < out.size(); i++) {
            output[2 * i] = "Output";
            output[2 * i + 1] = out.get(i);
        }
        return Reply.of(Message.response(known ? "Success" : "Error", "Message", "Command output follows")
                .with(output));
    }

    private static Reply filter(ServerSession s, RecordedAction a) {
        String op = a.get("Operation");
        if (op == null || !op.equalsIgnoreCase("Add")) {
            return Reply.error("Unknown operation");
        }
        String f = a.get("Filter");
        if (f == null || f.isEmpty()) {
            return Reply.error("Filter was formatted incorrectly.  Check the syntax of the filter given.");
        }
        if (!s.filter.add(f)) {
            return Reply.error("Filter did not compile.  Check the syntax of the filter given.");
        }
        return Reply.success("Message", "Success");
    }

    static String md5Hex(String text) {
        return dev.amiable.internal.conn.Md5.hex(text);
    }
}
