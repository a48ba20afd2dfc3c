package dev.amiable.testkit.internal;

import dev.amiable.testkit.RecordedAction;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * One line per session event for the builder's {@code log} sink ({@code amiable sim --log}):
 * {@code 12:00:01.123 session 3 opened from 127.0.0.1:50312}, {@code … logged in as admin},
 * {@code … failed login as admin: wrong secret}, {@code … action Ping ActionID=a1},
 * {@code … closed}. Secrets and keys are never written. Called on the session's thread.
 */
final class SessionLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Consumer<String> sink;

    SessionLog(Consumer<String> sink) {
        this.sink = sink;
    }

    void opened(ServerSession s, String remote) {
        line(s, "opened from " + remote);
    }

    void closed(ServerSession s) {
        line(s, "closed");
    }

    void loggedIn(ServerSession s, String user) {
        line(s, "logged in as " + user);
    }

    void loginFailed(ServerSession s, String user, String why) {
        line(s, "failed login as " + (user == null ? "(no Username)" : user) + ": " + why);
    }

    void action(ServerSession s, RecordedAction a) {
        if (sink == null) {
            return;
        }
        String id = a.actionId();
        line(s, "action " + (a.name().isEmpty() ? "(none)" : a.name()) + (id == null ? "" : " ActionID=" + id));
    }

    private void line(ServerSession s, String what) {
        if (sink != null) {
            sink.accept(LocalTime.now().format(TIME) + " session " + s.id() + " " + what);
        }
    }
}
