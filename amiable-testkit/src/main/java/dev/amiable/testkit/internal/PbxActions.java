package dev.amiable.testkit.internal;

import dev.amiable.Header;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The actions that change or read the simulated PBX, with Asterisk 22's texts. Called on the
 * session's thread; takes the {@link Pbx} lock itself (and releases it while a synchronous
 * Originate waits for its answer).
 */
final class PbxActions {
    private final Pbx pbx;
    private final PbxLists lists;
    private final PbxChanges changes;
    private final PbxDirectory directory;
    private final PbxVoicemail voicemail = new PbxVoicemail();
    private final PbxDialplan dialplan;

    PbxActions(Pbx pbx) {
        this.pbx = pbx;
        this.lists = new PbxLists(pbx);
        this.changes = new PbxChanges(pbx);
        this.directory = new PbxDirectory(pbx);
        this.dialplan = new PbxDialplan(pbx.config);
        voicemail.devices(pbx.devices);
    }

    Reply handle(ServerSession s, RecordedAction a) {
        String name = a.name().toLowerCase(Locale.ROOT);
        if (name.equals("originate")) {
            return originate(s, a);
        }
        synchronized (pbx) {
            switch (name) {
                case "coreshowchannels": return lists.coreShowChannels(a);
                case "status": return lists.status(a);
                case "queuestatus": return lists.queueStatus(a);
                case "queuesummary": return lists.queueSummary(a);
                case "parkedcalls": return lists.parkedCalls(a);
                case "confbridgelist": return lists.confbridgeList(a);
                case "confbridgelistrooms": return lists.confbridgeListRooms(a);
                case "hangup": return hangup(s, a);
                case "bridgelist": return directory.bridgeList(a);
                case "bridgeinfo": return directory.bridgeInfo(a);
                case "coreshowchannelmap": return directory.coreShowChannelMap(a);
                case "bridgetechnologylist": return directory.bridgeTechnologyList(a);
                case "devicestatelist": return directory.deviceStateList(a);
                case "extensionstatelist": return directory.extensionStateList(a);
                case "presencestatelist": return directory.presenceStateList(a);
                case "parkinglots": return directory.parkinglots(a);
                case "agents": return directory.agents(a);
                case "queuerule": return directory.queueRule(s, a);
                case "showdialplan": return dialplan.showDialPlan(a);
                case "mailboxcount": return voicemail.mailboxCount(a);
                case "mailboxstatus": return voicemail.mailboxStatus(a);
                case "voicemailuserslist": return voicemail.usersList(a);
                default: return changes.handle(name, a);
            }
        }
    }

    private Reply originate(ServerSession s, RecordedAction a) {
        String channel = a.get("Channel");
        if (channel == null || channel.isEmpty()) {
            return Reply.error("Channel not specified");
        }
        String app = a.get("Application");
        String data = a.get("Data");
        if ((s.writeMask & Perms.bit("system")) == 0 && blacklisted(app, data)) {
            return Reply.error("Originate Access Forbidden: app or data blacklisted");
        }
        String context = a.get("Context");
        String exten = a.get("Exten");
        if (channel.regionMatches(true, 0, "Local/", 0, 6)) {
            String dest = channel.substring(6).replaceFirst("/n$", "");
            int at = dest.indexOf('@');
            exten = at >= 0 ? dest.substring(0, at) : dest;
            context = at >= 0 ? dest.substring(at + 1) : "default";
        }
        List<String[]> vars = new ArrayList<>();
        for (String v : a.getAll("Variable")) {
            for (String one : v.split(",")) {
                int eq = one.indexOf('=');
                if (eq > 0) {
                    vars.add(new String[] {one.substring(0, eq), one.substring(eq + 1)});
                }
            }
        }
        long talk = pbx.config.defaultTalk();
        if (app != null && app.equalsIgnoreCase("Wait") && data != null) {
            try {
                talk = (long) (Double.parseDouble(data.trim()) * 1000);
            } catch (NumberFormatException ignored) {
                // keep the default
            }
        }
        boolean async = isTrue(a.get("Async"));
        Call.Request r = new Call.Request(channel, context == null ? "default" : context, exten == null ? "s" : exten,
                app, data, vars, a.get("CallerID"), async, a.actionId(), talk, null);
        if (async) {
            pbx.server.router().reply(s, a, Reply.success("Message", "Originate successfully queued"));
            synchronized (pbx) {
                pbx.calls.start(r);
            }
            return Reply.none();
        }
        Call call;
        synchronized (pbx) {
            call = pbx.calls.start(r);
        }
        long timeout = 30_000;
        try {
            timeout = Long.parseLong(a.get("Timeout") == null ? "30000" : a.get("Timeout").trim());
        } catch (NumberFormatException ignored) {
            // Asterisk's default
        }
        boolean ok;
        try {
            ok = call.outcome.get(Math.max(timeout, 1), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            ok = false;
        }
        return ok ? Reply.success("Message", "Originate successfully queued") : Reply.error("Originate failed");
    }

    private static boolean blacklisted(String app, String data) {
        String ap = app == null ? "" : app.toLowerCase(Locale.ROOT);
        String d = data == null ? "" : data.toLowerCase(Locale.ROOT);
        return ap.contains("system") || ap.contains("exec") || ap.equals("agi") || ap.equals("eagi")
                || d.contains("system(") || d.contains("exec(") || d.contains("shell(") || d.contains("eval(");
    }

    static boolean isTrue(String v) {
        if (v == null) {
            return false;
        }
        String s = v.trim().toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("yes") || s.equals("1") || s.equals("on") || s.equals("y") || s.equals("t");
    }

    private Reply hangup(ServerSession s, RecordedAction a) {
        String name = a.get("Channel");
        if (name == null || name.isEmpty()) {
            return Reply.error("No channel specified");
        }
        int cause = 16;
        try {
            cause = a.get("Cause") == null ? 16 : Integer.parseInt(a.get("Cause").trim());
        } catch (NumberFormatException ignored) {
            // Normal Clearing
        }
        if (name.length() > 2 && name.startsWith("/") && name.endsWith("/")) {
            Pattern p = Pattern.compile(name.substring(1, name.length() - 1));
            List<Message> items = new ArrayList<>();
            for (PbxChannel c : new ArrayList<>(pbx.channels.values())) {
                if (p.matcher(c.name).find() && pbx.channels.containsKey(c.name)) {
                    items.add(PbxLists.idLast(Message.event("ChannelHungup", "Channel", c.name), a));
                    pbx.calls.hangup(c.call, cause);
                }
            }
            return ListReply.of("Channels hung up", "ChannelsHungupListComplete", items);
        }
        PbxChannel c = pbx.channel(name);
        if (c == null) {
            return Reply.error("No such channel");
        }
        pbx.server.router().reply(s, a, Reply.success("Message", "Channel Hungup")); // answer first, like Asterisk
        pbx.calls.hangup(c.call, cause);
        return Reply.none();
    }

    /** The UserEvent an action asks for: every header but {@code Action}, in order. */
    static Message userEvent(RecordedAction a) {
        List<String> kv = new ArrayList<>(List.of("Event", "UserEvent", "Privilege", "user,all"));
        for (Header h : a.headers()) {
            if (!h.name().equalsIgnoreCase("Action")) {
                kv.add(h.name());
                kv.add(h.value());
            }
        }
        return Message.of(kv.toArray(new String[0]));
    }
}
