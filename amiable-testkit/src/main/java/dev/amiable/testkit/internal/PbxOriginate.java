package dev.amiable.testkit.internal;

import dev.amiable.testkit.OriginateOutcome;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Originate action. What succeeds and what fails, checked in this order:
 * <ol>
 *   <li>no {@code Channel}: {@code Channel not specified}; no {@code /} in it: {@code Invalid channel};
 *       a blacklisted application for a user without {@code system}: {@code Originate Access Forbidden};</li>
 *   <li>the builder's {@code originateOutcomes} script, when it answers;</li>
 *   <li>a technology other than Local, PJSIP, SIP, IAX2 or DAHDI: no channel is created and the call fails;</li>
 *   <li>{@code Local/<exten>@<context>} with a context the dialplan does not have (see {@link PbxDialplan}:
 *       {@code ami-test}, {@code default}, {@code demo}, the queue members' contexts): the Local pair is
 *       created and fails, as Asterisk reports {@code No such extension/context};</li>
 *   <li>a failing extension (999 by default): fails likewise;</li>
 *   <li>anything else is answered.</li>
 * </ol>
 * Runs on the session's thread; takes the {@link Pbx} lock to start the call and releases it while a
 * synchronous Originate waits for its answer.
 */
final class PbxOriginate {
    private static final Set<String> TECHNOLOGIES = Set.of("local", "pjsip", "sip", "iax2", "dahdi");

    private final Pbx pbx;
    private final PbxDialplan dialplan;

    PbxOriginate(Pbx pbx, PbxDialplan dialplan) {
        this.pbx = pbx;
        this.dialplan = dialplan;
    }

    Reply handle(ServerSession s, RecordedAction a) {
        String channel = a.get("Channel");
        if (channel == null || channel.isEmpty()) {
            return Reply.error("Channel not specified");
        }
        String app = a.get("Application");
        String data = a.get("Data");
        if ((s.writeMask & Perms.bit("system")) == 0 && blacklisted(app, data)) {
            return Reply.error("Originate Access Forbidden: app or data blacklisted");
        }
        int slash = channel.indexOf('/');
        if (slash <= 0) {
            return Reply.error("Invalid channel");
        }
        long timeout = number(a.get("Timeout"), 30_000);
        String context = a.get("Context");
        String exten = a.get("Exten");
        boolean local = channel.regionMatches(true, 0, "Local/", 0, 6);
        String dest = channel.substring(slash + 1).replaceFirst("/n$", "");
        int at = dest.indexOf('@');
        String destContext = local ? (at >= 0 ? dest.substring(at + 1) : "default") : context;
        String destExten = local ? (at >= 0 ? dest.substring(0, at) : dest) : exten;
        OriginateOutcome outcome = outcome(a, channel.substring(0, slash), local, destContext, destExten);
        long talk = pbx.config.defaultTalk();
        if (app != null && app.equalsIgnoreCase("Wait") && data != null) {
            talk = (long) (number(data, talk / 1000.0) * 1000);
        }
        boolean async = PbxActions.isTrue(a.get("Async"));
        Call.Request r = new Call.Request(channel, destContext == null ? "default" : destContext,
                destExten == null ? "s" : destExten, app, data, variables(a), a.get("CallerID"), async, a.actionId(),
                talk, null);
        if (outcome == null) { // no such technology: nothing is created
            if (async) {
                pbx.server.router().reply(s, a, Reply.success("Message", "Originate successfully queued"));
                synchronized (pbx) {
                    pbx.calls.unplaced(r);
                }
                return Reply.none();
            }
            return Reply.error("Originate failed");
        }
        long ring = outcome == OriginateOutcome.NO_ANSWER ? timeout : 0;
        if (async) {
            pbx.server.router().reply(s, a, Reply.success("Message", "Originate successfully queued"));
        }
        Call call;
        synchronized (pbx) {
            call = pbx.calls.start(r, outcome, ring);
            call.requestedContext = context;
            call.requestedExten = exten;
        }
        if (async) {
            return Reply.none();
        }
        boolean ok;
        try {
            long wait = (long) (Math.max(timeout, 1) * Math.max(1.0, pbx.config.timeScale())) + CallFlow.ANSWER_DELAY;
            ok = call.outcome.get(wait, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            ok = false;
        }
        return ok ? Reply.success("Message", "Originate successfully queued") : Reply.error("Originate failed");
    }

    /** The outcome by the rules above; null when the technology does not exist. */
    private OriginateOutcome outcome(RecordedAction a, String tech, boolean local, String context, String exten) {
        java.util.function.Function<RecordedAction, OriginateOutcome> script = pbx.server.config().originateScript();
        OriginateOutcome scripted = script == null ? null : script.apply(a);
        if (scripted != null) {
            return scripted;
        }
        if (!TECHNOLOGIES.contains(tech.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (local && !dialplan.hasContext(context)) {
            return OriginateOutcome.FAILURE;
        }
        return pbx.config.failing().contains(exten) ? OriginateOutcome.FAILURE : OriginateOutcome.ANSWER;
    }

    private static List<String[]> variables(RecordedAction a) {
        List<String[]> vars = new ArrayList<>();
        for (String v : a.getAll("Variable")) {
            for (String one : v.split(",")) {
                int eq = one.indexOf('=');
                if (eq > 0) {
                    vars.add(new String[] {one.substring(0, eq), one.substring(eq + 1)});
                }
            }
        }
        return vars;
    }

    private static double number(String text, double otherwise) {
        try {
            return text == null ? otherwise : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static long number(String text, long otherwise) {
        return (long) number(text, (double) otherwise);
    }

    private static boolean blacklisted(String app, String data) {
        String ap = app == null ? "" : app.toLowerCase(Locale.ROOT);
        String d = data == null ? "" : data.toLowerCase(Locale.ROOT);
        return ap.contains("system") || ap.contains("exec") || ap.equals("agi") || ap.equals("eagi")
                || d.contains("system(") || d.contains("exec(") || d.contains("shell(") || d.contains("eval(");
    }
}
