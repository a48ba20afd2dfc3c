package dev.amiable.testkit.internal;

import dev.amiable.testkit.Fault;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.time.Duration;

/**
 * Decides who answers an action, in this order: the login gate (only Login, Challenge and Logoff
 * before authentication: {@code Permission denied}); Login and Challenge (always built in);
 * the user's write permission for the action ({@code Permission denied}); user handlers;
 * built-in actions; the simulated PBX; finally {@code Invalid/unknown command}.
 * Runs on the session's thread.
 */
public final class ActionRouter {
    private final Server server;
    private final Builtins builtins;

    ActionRouter(Server server) {
        this.server = server;
        this.builtins = new Builtins(server);
    }

    void handle(ServerSession s, RecordedAction a) {
        // faults active as the action arrives decide its fate, read before anyone can see it recorded
        Duration delay = server.faults().answerDelay(s, a);
        Fault closeAfter = server.faults().closeAfterFault(s);
        server.recorded(a);
        server.log.action(s, a);
        if (delay == null) {
            return;
        }
        Faults.delay(delay);
        route(s, a);
        server.faults().afterAction(s, closeAfter);
    }

    private void route(ServerSession s, RecordedAction a) {
        String name = a.name();
        if (name.isEmpty()) {
            reply(s, a, Reply.error("Missing action in request"));
            return;
        }
        boolean gateFree = a.is("Login") || a.is("Challenge") || a.is("Logoff");
        if (!s.authenticated() && !gateFree) {
            builtins.requestNotAllowed(s, name);
            reply(s, a, Reply.error("Permission denied"));
            return;
        }
        if (a.is("Login")) {
            builtins.login(s, a);
            return;
        }
        if (a.is("Challenge")) {
            builtins.challenge(s, a);
            return;
        }
        if (s.authenticated() && !Perms.mayRun(s.writeMask, name)) {
            reply(s, a, Reply.error("Permission denied"));
            return;
        }
        Reply r;
        try {
            r = server.handlers().find(a, s);
        } catch (Exception e) {
            r = Reply.error(String.valueOf(e.getMessage()).replace('\r', ' ').replace('\n', ' '));
        }
        if (r == null) {
            r = builtins.handle(s, a);
        }
        if (r == null) {
            r = server.pbx().handle(s, a);
        }
        if (r == null) {
            r = Reply.error("Invalid/unknown command: " + name
                    + ". Use Action: ListCommands to show available commands.");
        }
        reply(s, a, r);
    }

    /**
     * Writes a reply: parts for the action get its ActionID and are written in blocks (see
     * {@link ReplyBlock}), broadcasts go to all sessions in their place.
     */
    void reply(ServerSession s, RecordedAction a, Reply r) {
        String id = a.actionId();
        ReplyBlock block = new ReplyBlock(server, s, id);
        boolean dropCompletion = server.faults().dropsListCompletion(s, a);
        for (Reply.Part p : r.parts()) {
            Message m = p.message();
            if (p.kind() == Reply.Kind.BROADCAST) {
                block.flush();
                server.emit(m);
                continue;
            }
            if (dropCompletion && Faults.isListCompletion(m)) {
                continue;
            }
            block.add(m);
        }
        block.finish();
    }
}
